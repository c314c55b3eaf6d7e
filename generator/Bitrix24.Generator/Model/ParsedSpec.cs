using Bitrix24.Generator.Diagnostics;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>The result of parsing one spec file: the model when it is usable, its key, and its diagnostics.</summary>
internal sealed record ParsedSpec(MethodModel? Model, MethodKey? Key, EquatableArray<DiagnosticInfo> Diagnostics);
