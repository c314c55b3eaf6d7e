namespace Bitrix24.Specs.Reading;

/// <summary>What is wrong with a spec file. The generator maps each kind to one BX diagnostic.</summary>
public enum SpecProblemKind
{
    /// <summary>The file is not valid YAML.</summary>
    YamlSyntax,

    /// <summary>A required key (such as <c>method</c>) is missing.</summary>
    MissingKey,

    /// <summary>A value has the wrong YAML type or an invalid value.</summary>
    InvalidValue,

    /// <summary>The method name is not a dotted REST method name.</summary>
    InvalidMethodName,

    /// <summary>Two parameters (or fields of one object) share a wire name.</summary>
    DuplicateParameter,

    /// <summary>Nested structure where it does not belong, or nesting too deep.</summary>
    InvalidNesting,

    /// <summary>A key the format does not know (a warning: the format grows, typos must show).</summary>
    UnknownKey,

    /// <summary>A type token outside the documented vocabulary (a warning: the value stays raw JSON).</summary>
    UnknownType,

    /// <summary>The spec crosses one of <see cref="SpecLimits"/>: file size, alias expansion, nesting, entries, name length.</summary>
    LimitExceeded,

    /// <summary>An alias inside the node it names: a spec that contains itself.</summary>
    RecursiveAlias,
}
