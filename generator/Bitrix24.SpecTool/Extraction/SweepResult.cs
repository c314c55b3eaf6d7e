using System;
using System.Collections.Generic;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>What a sweep produced: every page's outcome, the specs by relative file path, the types by id, all warnings, and the time taken.</summary>
internal sealed record SweepResult(IReadOnlyList<PageResult> Pages, IReadOnlyDictionary<string, MethodSpec> Specs, IReadOnlyDictionary<string, ObjectSpec> Types, IReadOnlyList<ExtractionWarning> Warnings, TimeSpan Elapsed);
