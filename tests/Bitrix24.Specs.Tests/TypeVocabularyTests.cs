using Bitrix24.Specs.Model;

namespace Bitrix24.Specs.Tests;

public sealed class TypeVocabularyTests
{
    [Theory]
    [InlineData("integer", ValueKind.Integer, ValueKind.Raw, true)]
    [InlineData("user", ValueKind.Integer, ValueKind.Raw, true)]
    [InlineData("crm_enum_activitytype", ValueKind.Integer, ValueKind.Raw, true)]
    [InlineData("boolean", ValueKind.Boolean, ValueKind.Raw, true)]
    [InlineData("char", ValueKind.String, ValueKind.Raw, true)]
    [InlineData("date", ValueKind.Date, ValueKind.Raw, true)]
    [InlineData("datetime", ValueKind.DateTime, ValueKind.Raw, true)]
    [InlineData("timestamp", ValueKind.Timestamp, ValueKind.Raw, true)]
    [InlineData("double", ValueKind.Double, ValueKind.Raw, true)]
    [InlineData("object", ValueKind.Object, ValueKind.Raw, true)]
    [InlineData("array", ValueKind.Array, ValueKind.Raw, true)]
    [InlineData("integer[]", ValueKind.Array, ValueKind.Integer, true)]
    [InlineData("object[]", ValueKind.Array, ValueKind.Object, true)]
    [InlineData("string | null", ValueKind.String, ValueKind.Raw, true)]
    [InlineData("string | integer", ValueKind.Raw, ValueKind.Raw, true)]
    [InlineData("file", ValueKind.Raw, ValueKind.Raw, true)]
    [InlineData("", ValueKind.Raw, ValueKind.Raw, true)]
    [InlineData("user.id", ValueKind.Integer, ValueKind.Raw, true)]
    [InlineData("catalog_product.ID", ValueKind.Integer, ValueKind.Raw, true)]
    [InlineData("crm_currency.CURRENCY", ValueKind.String, ValueKind.Raw, true)]
    [InlineData("catalog_document.id[]", ValueKind.Array, ValueKind.Integer, true)]
    [InlineData("uf_enum_element", ValueKind.Object, ValueKind.Raw, true)]
    [InlineData("uf_enum_element[]", ValueKind.Array, ValueKind.Object, true)]
    [InlineData("LayoutDto", ValueKind.Object, ValueKind.Raw, true)]
    [InlineData("wib-ble", ValueKind.Raw, ValueKind.Raw, false)]
    [InlineData("wib-ble[]", ValueKind.Array, ValueKind.Raw, false)]
    public void Parses_documented_tokens(string token, ValueKind kind, ValueKind element, bool known)
    {
        Assert.Equal(new SpecType(kind, element, known), TypeVocabulary.Parse(token));
    }
}
