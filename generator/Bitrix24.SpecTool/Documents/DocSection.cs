using System.Collections.Generic;

namespace Bitrix24.SpecTool.Documents;

/// <summary>A heading and what follows it up to the next heading: prose lines and tables.</summary>
/// <param name="Level">1 for <c>#</c>, 2 for <c>##</c>, ...</param>
/// <param name="Title">The heading text without anchors.</param>
/// <param name="Heading">The heading line.</param>
/// <param name="Lines">Prose lines (outside tables and code fences).</param>
/// <param name="Code">Lines inside code fences.</param>
/// <param name="Tables">Tables, in order.</param>
/// <param name="Anchor">The heading's explicit anchor (<c>{#deal}</c> → <c>deal</c>), or null.</param>
/// <param name="Slug">The anchor the heading's title gives it (<see cref="HeadingSlug"/>), numbered when repeated on the page; empty before the first heading.</param>
internal sealed record DocSection(int Level, string Title, SourceLine Heading, IReadOnlyList<SourceLine> Lines, IReadOnlyList<string> Code, IReadOnlyList<DocTable> Tables, string? Anchor, string Slug);
