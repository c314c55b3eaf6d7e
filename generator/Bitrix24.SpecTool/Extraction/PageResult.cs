using System.Collections.Generic;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>What one page gave: a spec when it documents a method, its warnings, and why it was skipped otherwise.</summary>
/// <param name="Page">The page, relative to the docs root.</param>
/// <param name="Spec">The method spec, or null when the page documents no method.</param>
/// <param name="Warnings">What could not be understood, with lines.</param>
/// <param name="SkipReason">Why the page gave no spec.</param>
internal sealed record PageResult(string Page, MethodSpec? Spec, IReadOnlyList<ExtractionWarning> Warnings, string? SkipReason)
{
    /// <summary>How the result's structure was found, or null when it is not typed (see <see cref="UntypedReason"/>).</summary>
    public ResultRoute? Route { get; init; }

    /// <summary>Why the result is not typed (no result documented, a scalar, a union, a definition that could not be found).</summary>
    public string? UntypedReason { get; init; }

    /// <summary>The skip reason of a page that threw while being read (counted as a crash).</summary>
    public const string Unreadable = "unreadable";
}
