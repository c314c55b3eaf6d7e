using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Model;

/// <summary>A spec file's path and text (or why it could not be read), and its own root namespace if it has one: the first value the pipeline caches.</summary>
internal sealed record SpecFile(string Path, string Text, string? ReadError, string? Namespace)
{
    public static SpecFile Read(AdditionalText file, string? ns, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null
                ? new SpecFile(file.Path, string.Empty, "the file could not be read", ns)
                : new SpecFile(file.Path, text.ToString(), null, ns);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SpecFile(file.Path, string.Empty, $"{exception.GetType().Name}: {exception.Message}", ns);
        }
    }
}
