using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bitrix24.Generator.Tests;

/// <summary>An additional file: a spec (<c>Bitrix24Spec="true"</c>) unless said otherwise.</summary>
internal sealed class SpecText(string path, string text, bool isSpec = true, string? ns = null) : AdditionalText
{
    public override string Path { get; } = path;

    public bool IsSpec { get; } = isSpec;

    public string Text { get; } = text;

    /// <summary>The file's own root namespace (item metadata <c>Bitrix24Namespace</c>), if any.</summary>
    public string? Namespace { get; } = ns;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text);
}
