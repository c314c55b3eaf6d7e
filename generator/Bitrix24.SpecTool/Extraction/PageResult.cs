using System.Collections.Generic;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>What one page gave: a spec when it documents a method, its warnings, and why it was skipped otherwise.</summary>
internal sealed record PageResult(string Page, MethodSpec? Spec, IReadOnlyList<ExtractionWarning> Warnings, string? SkipReason)
{
    /// <summary>The skip reason of a page that threw while being read (counted as a crash).</summary>
    public const string Unreadable = "unreadable";
}
