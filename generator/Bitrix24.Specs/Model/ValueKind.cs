namespace Bitrix24.Specs.Model;

/// <summary>What a documented type token means on the wire.</summary>
public enum ValueKind
{
    /// <summary>Any JSON value, kept raw (<c>any</c>, <c>file</c>, unions, unknown tokens).</summary>
    Raw,

    /// <summary>An integer (<c>integer</c>, <c>user</c>): numbers or numeric strings.</summary>
    Integer,

    /// <summary>A floating-point number (<c>double</c>).</summary>
    Double,

    /// <summary>A boolean: <c>Y</c>/<c>N</c>, <c>1</c>/<c>0</c> or <c>true</c>/<c>false</c>.</summary>
    Boolean,

    /// <summary>A string (<c>string</c>, <c>text</c>, <c>char</c>, <c>enum</c>, <c>crm</c>, ...).</summary>
    String,

    /// <summary>A date, <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A date and time, ISO 8601 with offset.</summary>
    DateTime,

    /// <summary>Unix seconds.</summary>
    Timestamp,

    /// <summary>An object, typed when it has documented fields.</summary>
    Object,

    /// <summary>An array of elements described by <see cref="SpecType.Element"/>.</summary>
    Array,

    /// <summary>A name → value map (a JSON object whose keys are data, such as language ids); <see cref="SpecType.Element"/> is each value's kind.</summary>
    Map,
}
