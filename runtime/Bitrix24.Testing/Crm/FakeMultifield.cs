namespace Bitrix24.Testing.Crm;

/// <summary>One value of a CRM multifield (<c>PHONE</c>, <c>EMAIL</c>, <c>WEB</c>, <c>IM</c>): <c>{ID, VALUE_TYPE, VALUE, TYPE_ID}</c> on the wire.</summary>
/// <param name="valueType">The kind of value (<c>WORK</c>, <c>HOME</c>, <c>MOBILE</c>, <c>MAILING</c>, ...).</param>
/// <param name="value">The number or address.</param>
public sealed class FakeMultifield(string valueType, string value)
{
    /// <summary>Identifier, assigned when its record is added.</summary>
    public long Id { get; internal set; }

    /// <summary>The kind of value (<c>WORK</c>, <c>HOME</c>, ...).</summary>
    public string ValueType { get; set; } = valueType;

    /// <summary>The number or address.</summary>
    public string Value { get; set; } = value;
}
