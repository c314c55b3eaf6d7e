using System.Linq;
using Bitrix24.Generator.Model;
using Bitrix24.Specs.Model;

namespace Bitrix24.Generator.Parsing;

/// <summary>
/// Points each <c>ref</c> of a model at its class in the <see cref="TypeCatalog"/>: the result class on the result side,
/// the Input class in requests. A ref the catalog lacks (BX0017) keeps no class, so its value is read and written as raw
/// JSON. A model without refs comes back as the same instance; the output is equatable either way, so adding an
/// unrelated type re-runs this and nothing after it.
/// </summary>
internal static class RefResolver
{
    public static MethodModel Resolve(MethodModel model, TypeCatalog catalog)
    {
        var root = model.Facade.Root;
        var request = model.Request is null ? null : Resolve(model.Request, root, catalog, isRequest: true);
        var result = Resolve(model.Result, root, catalog);
        var list = model.List is { RowRef: { } rowRef } rows ? rows with { RowType = catalog.Find(root, rowRef)?.QualifiedClass } : model.List;
        return ReferenceEquals(request, model.Request) && ReferenceEquals(result, model.Result) && ReferenceEquals(list, model.List)
            ? model
            : model with { Request = request, Result = result, List = list };
    }

    /// <summary>The type file's classes with their refs resolved, and the members that close a required cycle (BX0019) no longer required.</summary>
    public static ObjectModel Resolve(ObjectModel model, TypeEntry entry, TypeCatalog catalog)
    {
        var input = Resolve(model.Input, model.Root, catalog, isRequest: true);
        if (!entry.OptionalMembers.IsEmpty)
        {
            var properties = input.Properties.Select(property => entry.OptionalMembers.Contains(property.WireName) ? property with { Required = false } : property);
            input = input with { Properties = properties.ToEquatableArray() };
        }

        return model with { Result = Resolve(model.Result, model.Root, catalog, isRequest: false), Input = input };
    }

    private static ResultModel Resolve(ResultModel result, string? root, TypeCatalog catalog)
    {
        var type = result.Type is null ? null : Resolve(result.Type, root, catalog, isRequest: false);
        var refType = result.Ref is null ? null : catalog.Find(root, result.Ref)?.QualifiedClass;
        return ReferenceEquals(type, result.Type) && refType is null ? result : result with { Type = type, RefType = refType };
    }

    private static TypeModel Resolve(TypeModel type, string? root, TypeCatalog catalog, bool isRequest)
    {
        var changed = false;
        var properties = new PropertyModel[type.Properties.Count];
        for (var i = 0; i < properties.Length; i++)
        {
            var property = type.Properties[i];
            properties[i] = property.Ref is null ? property : Resolve(property, root, catalog, isRequest);
            changed |= !ReferenceEquals(properties[i], property);
        }

        var nested = new TypeModel[type.Nested.Count];
        for (var i = 0; i < nested.Length; i++)
        {
            nested[i] = Resolve(type.Nested[i], root, catalog, isRequest);
            changed |= !ReferenceEquals(nested[i], type.Nested[i]);
        }

        return changed ? type with { Properties = new EquatableArray<PropertyModel>(properties), Nested = new EquatableArray<TypeModel>(nested) } : type;
    }

    // A request has no raw-map writer: a map of an unknown type is sent as one raw JSON value.
    private static PropertyModel Resolve(PropertyModel property, string? root, TypeCatalog catalog, bool isRequest)
        => catalog.Find(root, property.Ref!) is { } entry
            ? property with { NestedType = isRequest ? entry.QualifiedInput : entry.QualifiedClass }
            : isRequest && property.Kind == ValueKind.Map ? property with { Kind = ValueKind.Raw, Element = ValueKind.Raw } : property;
}
