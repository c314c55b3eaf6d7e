using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bitrix24.Generator.Tests;

/// <summary>An additional file: a spec (<c>Bitrix24Spec="true"</c>) unless said otherwise.</summary>
internal sealed class SpecText(string path, string text, bool isSpec = true) : AdditionalText
{
    public override string Path { get; } = path;

    public bool IsSpec { get; } = isSpec;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text);
}
