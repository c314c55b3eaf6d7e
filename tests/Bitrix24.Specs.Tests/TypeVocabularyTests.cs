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
    [InlineData("array<object>", ValueKind.Array, ValueKind.Object, true)]
    [InlineData("array<integer>", ValueKind.Array, ValueKind.Integer, true)]
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

    [Theory]
    [InlineData("integer", true)]
    [InlineData("int", true)]
    [InlineData("string", true)]
    [InlineData("text", true)]
    [InlineData("char", true)]
    [InlineData("enum", true)]
    [InlineData("boolean", true)]
    [InlineData("double", true)]
    [InlineData("date", true)]
    [InlineData("datetime", true)]
    [InlineData("timestamp", true)]
    [InlineData("user", true)]
    [InlineData("crm", true)]
    [InlineData("crm_status", true)]
    [InlineData("crm_entity", true)]
    [InlineData("crm_enum_activitytype", true)]
    [InlineData("location", true)]
    [InlineData("user.id", true)]
    [InlineData("crm_currency.CURRENCY", true)]
    [InlineData("integer[]", true)]
    [InlineData("string | null", true)]
    [InlineData("crm_currency", false)]
    [InlineData("crm_lead", false)]
    [InlineData("crm_company", false)]
    [InlineData("crm_item_product_row", false)]
    [InlineData("crm_multifield", false)]
    [InlineData("lang_map", false)]
    [InlineData("object", false)]
    [InlineData("object[]", false)]
    [InlineData("array", false)]
    [InlineData("any", false)]
    [InlineData("file", false)]
    [InlineData("diskfile", false)]
    [InlineData("", false)]
    [InlineData("string | integer", false)]
    [InlineData("wib-ble", false)]
    public void Basic_scalars_are_the_values_no_type_describes(string token, bool scalar)
    {
        Assert.Equal(scalar, TypeVocabulary.IsBasicScalar(token));
    }

    [Theory]
    [InlineData("lang_map", null, ValueKind.Map, ValueKind.String, true)]
    [InlineData("lang_map | null", null, ValueKind.Map, ValueKind.String, true)]
    [InlineData("object", "integer", ValueKind.Map, ValueKind.Integer, true)]
    [InlineData("array", "object", ValueKind.Map, ValueKind.Object, true)]
    [InlineData("lang_map", "object", ValueKind.Map, ValueKind.Object, true)]
    [InlineData("object", "wib-ble", ValueKind.Map, ValueKind.Raw, false)]
    [InlineData("object", null, ValueKind.Object, ValueKind.Raw, true)]
    [InlineData("string|lang_map", null, ValueKind.Raw, ValueKind.Raw, true)]
    public void A_member_with_map_or_of_type_lang_map_is_a_map(string token, string? map, ValueKind kind, ValueKind element, bool known)
    {
        Assert.Equal(new SpecType(kind, element, known), TypeVocabulary.Parse(token, map));
    }

    [Fact]
    public void The_token_alone_keeps_lang_map_a_named_structure()
    {
        Assert.Equal(new SpecType(ValueKind.Object, ValueKind.Raw, true), TypeVocabulary.Parse("lang_map"));
    }
}
