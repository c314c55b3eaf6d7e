using System.Linq;
using Bitrix24.Specs.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bitrix24.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain data (descriptor id, arguments, file and 1-based position), so it can travel through
/// the incremental pipeline and be cached; it becomes a <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, string FilePath, int Line, int Column)
{
    public Diagnostic ToDiagnostic()
    {
        var start = new LinePosition(Line > 0 ? Line - 1 : 0, Column > 0 ? Column - 1 : 0);
        var location = Location.Create(FilePath, new TextSpan(0, 0), new LinePositionSpan(start, start));
        return Diagnostic.Create(DiagnosticDescriptors.Find(Id), location, Arguments.Cast<object>().ToArray());
    }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, int line, int column, params string[] arguments)
        => new(descriptor.Id, new EquatableArray<string>(arguments), filePath, line, column);
}
