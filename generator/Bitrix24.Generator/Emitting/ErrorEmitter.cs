using System.Linq;
using Bitrix24.Generator.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>Emits a method's error enum and the class that maps wire codes (or, for code-less errors, messages) to it.</summary>
internal static class ErrorEmitter
{
    private const string Errors = "global::Bitrix24.Client.Errors";

    public static void Emit(SourceWriter writer, MethodModel method)
    {
        var enumName = method.TypeBase + "Error";
        var wire = $"<c>{SourceWriter.Escape(method.Method)}</c>";
        writer.Doc($"Documented errors of {wire}. Errors any method can return are <see cref=\"{Errors}.Bitrix24SystemError\"/>.");
        writer.Open($"public enum {enumName}");
        var first = true;
        foreach (var member in method.Errors)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var code = member.Code.Length == 0 ? "(no code)" : $"<c>{SourceWriter.Escape(member.Code)}</c>";
            var status = member.Status is null ? string.Empty : $" (HTTP {member.Status})";
            var messages = member.Messages.IsEmpty ? string.Empty : ": " + string.Join(" / ", member.Messages.Select(SourceWriter.Escape));
            writer.Doc($"{code}{status}{messages}");
            writer.Line($"{member.Name},");
        }

        writer.Close();
        writer.Line();

        writer.Doc($"Maps the error answers of {wire} to <see cref=\"{enumName}\"/>.");
        writer.Open($"public static class {method.TypeBase}Errors");
        writer.Doc("Finds the documented error for a code; a code-less error is identified by its message (ignoring case and trailing punctuation).");
        writer.DocLine("<param name=\"code\">The <c>error</c> code.</param>");
        writer.DocLine("<param name=\"message\">The <c>error_description</c>.</param>");
        writer.DocLine("<param name=\"error\">The documented error, when found.</param>");
        writer.DocLine("<returns>Whether the error is one the method documents.</returns>");
        writer.Open($"public static bool TryParse(string? code, string? message, out {enumName} error)");
        writer.Open("switch (code ?? string.Empty)");
        foreach (var member in method.Errors.Where(member => member.Code.Length > 0))
        {
            writer.Line($"case {SourceWriter.Literal(member.Code)}:");
            writer.Indent().Line($"error = {enumName}.{member.Name};").Line("return true;").Unindent();
        }

        var messageErrors = method.Errors.Where(member => member.Code.Length == 0).ToList();
        if (messageErrors.Count > 0)
        {
            writer.Line("case \"\":");
            writer.Indent();
            foreach (var member in messageErrors)
            {
                var test = string.Join(" || ", member.Messages.Select(text => $"{Errors}.ErrorMessages.Matches(message, {SourceWriter.Literal(text)})"));
                writer.Open($"if ({(test.Length == 0 ? $"{Errors}.ErrorMessages.Matches(message, \"\")" : test)})");
                writer.Line($"error = {enumName}.{member.Name};");
                writer.Line("return true;");
                writer.Close();
                writer.Line();
            }

            writer.Line("break;");
            writer.Unindent();
        }

        writer.Close();
        writer.Line();
        writer.Line("error = default;");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        writer.Line($"internal static {Errors}.Bitrix24Exception? Map({Errors}.Bitrix24ErrorInfo info)");
        writer.Line($"    => TryParse(info.Code, info.Message, out var error) ? new {Errors}.Bitrix24MethodException<{enumName}>(error, info) : null;");
        writer.Close();
    }
}
