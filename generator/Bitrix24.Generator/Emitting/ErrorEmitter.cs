using System.Linq;
using Bitrix24.Generator.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>Emits a method's error enum, and the table the runtime maps wire codes (or, for code-less errors, messages) to it with.</summary>
internal static class ErrorEmitter
{
    public static void Emit(SourceWriter writer, MethodModel method)
    {
        var enumName = method.TypeBase + "Error";
        var wire = $"<c>{GeneratedText.Doc(method.Method)}</c>";
        writer.Doc($"Documented errors of {wire}.");
        writer.Open($"public enum {enumName}");
        var first = true;
        foreach (var member in method.Errors)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var code = member.Code.Length == 0 ? "(no code)" : $"<c>{GeneratedText.Doc(member.Code)}</c>";
            var status = member.Status is null ? string.Empty : $" (HTTP {member.Status})";
            var messages = member.Messages.IsEmpty ? string.Empty : ": " + string.Join(" / ", member.Messages.Select(GeneratedText.Doc));
            writer.Doc($"{code}{status}{messages}");
            writer.Line($"{member.Name},");
        }

        writer.Close();
    }

    /// <summary>The runtime mapper of the method's error answers to its enum (the <c>Bitrix24Method</c>'s <c>mapError</c>).</summary>
    public static string Mapper(MethodModel method, string ns)
        => method.Errors.IsEmpty ? "null" : $"{RuntimeNames.ErrorMapper}<global::{ns}.{method.TypeBase}Error>({Table(method)})";

    private static string Table(MethodModel method)
    {
        var codes = "new[] { " + string.Join(", ", method.Errors.Select(member => GeneratedText.Literal(member.Code))) + " }";
        if (method.Errors.All(member => member.Code.Length > 0 || member.Messages.IsEmpty))
        {
            return codes;
        }

        var messages = method.Errors.Select(member => member.Code.Length > 0 || member.Messages.IsEmpty
            ? "null"
            : "new[] { " + string.Join(", ", member.Messages.Select(GeneratedText.Literal)) + " }");
        return $"{codes}, new string[]?[] {{ {string.Join(", ", messages)} }}";
    }
}
