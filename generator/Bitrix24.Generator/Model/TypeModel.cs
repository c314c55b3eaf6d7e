using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Model;

/// <summary>A generated class: a request, a result, or an object nested in one.</summary>
/// <param name="Name">C# type name.</param>
/// <param name="Properties">Members in documented order.</param>
/// <param name="Nested">Types of object members, declared inside this one.</param>
/// <param name="Patterns">Documented dynamic field names (<c>UF_CRM_...</c>) that stay in the extension data.</param>
internal sealed record TypeModel(
    string Name,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<TypeModel> Nested,
    EquatableArray<string> Patterns);
