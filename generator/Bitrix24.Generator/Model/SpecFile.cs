using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Model;

/// <summary>A spec file's path and text (or why it could not be read): the first value the pipeline caches.</summary>
internal sealed record SpecFile(string Path, string Text, string? ReadError)
{
    public static SpecFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null
                ? new SpecFile(file.Path, string.Empty, "the file could not be read")
                : new SpecFile(file.Path, text.ToString(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SpecFile(file.Path, string.Empty, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
