using Bitrix24.Generator.Diagnostics;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>
/// The result of parsing one file: a method's model and key, or a type's, when usable; its refs (null when nothing
/// generates from it); and its diagnostics.
/// </summary>
internal sealed record ParsedSpec(
    MethodModel? Model,
    MethodKey? Key,
    EquatableArray<DiagnosticInfo> Diagnostics,
    ObjectModel? Object = null,
    ObjectKey? ObjectKey = null,
    FileRefs? Refs = null);
