using Bitrix24.Specs.Model;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>The result as the page's own returned-data tables give it.</summary>
/// <param name="Result">The result: its type token and description, with members when the tables list them.</param>
/// <param name="Cell">The result row's name cell (its type token and the links it came from).</param>
/// <param name="DescriptionMarkdown">The result row's description cell, whose links may name the definition.</param>
/// <param name="OwnRoute">How the tables gave the members (own table rows, or a table without a result row), or null when they give none.</param>
internal sealed record OwnResult(ResultSpec Result, ParameterCell Cell, string DescriptionMarkdown, ResultRoute? OwnRoute);
