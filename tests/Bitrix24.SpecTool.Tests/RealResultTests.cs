using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.Tests.Shared;

namespace Bitrix24.SpecTool.Tests;

/// <summary>
/// Real pages from <c>../shared/docs</c>, both languages, REST 2 and 3.0, against result-structure facts checked by eye
/// (RealPages/results.yaml): the route that found the structure, what the result is, where list rows are, and the
/// documented members of the payload in order, one level deeper for one member. Skipped when the docs are absent.
/// </summary>
public sealed class RealResultTests
{
    public static TheoryData<string> Pages => new(ResultFacts.Load().Select(facts => facts.Page));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Reads_the_hand_checked_result_structure(string page)
    {
        var docs = Path.Combine(RepositoryPaths.RequireShared(), "docs");
        var facts = ResultFacts.Load().Single(candidate => candidate.Page == page);
        var root = Path.Combine(docs, page.Substring(0, 2));
        var types = new TypeRegistry(new DocIndex(root));
        var extracted = new PageExtractor(new PageLoader(root), types).Extract(Path.Combine(docs, page));
        var spec = extracted.Spec;

        Assert.NotNull(spec);
        Assert.Equal((facts.Method, facts.Rest), (spec!.Method, spec.Rest));
        Assert.True(
            facts.Route == (extracted.Route?.ToString() ?? ResultFacts.NoRoute),
            $"route: expected {facts.Route}, got {extracted.Route?.ToString() ?? ResultFacts.NoRoute} (untyped because: {extracted.UntypedReason ?? "-"})");
        if (extracted.Route is null)
        {
            Assert.False(string.IsNullOrWhiteSpace(extracted.UntypedReason), "an untyped result must say why");
        }

        AssertKind(facts, spec.Result);
        AssertRows(facts, spec.List);

        var path = facts.Rows is { } rows && rows != ResultFacts.NoRows ? rows : facts.Payload ?? "result";
        var members = PayloadMembers(spec.Result, path, types, out var missing);
        if (facts.Members.Count == 0)
        {
            Assert.True(members.Count == 0, $"{path} has no documented members, but the spec gives it {Names(members)}");
            return;
        }

        Assert.True(missing is null, $"{path}: the spec has no member {missing}");
        AssertInOrder(facts.Members, members, path);
        if (facts.MembersTotal is { } total)
        {
            Assert.True(members.Count >= total, $"{path}: {total} documented members, the spec has {members.Count}");
        }

        if (facts.Nested is { } nested)
        {
            var member = members.FirstOrDefault(candidate => candidate.Name == nested.Member);
            Assert.True(member is not null, $"{path}: documented member {nested.Member} is missing ({Names(members)})");
            AssertInOrder(nested.Members, MembersOf(member!, types), $"{path}.{nested.Member}");
        }
    }

    private static void AssertKind(ResultFacts facts, ResultSpec? result)
    {
        if (facts.Kind == "none")
        {
            Assert.True(result is null, $"no result is documented, but the spec has one of type '{result?.Type}'");
            return;
        }

        Assert.True(result is not null, $"a {facts.Kind} result is documented, but the spec has none");
        var shape = TypeVocabulary.Parse(result!.Type, result.Map);
        if (facts.Kind == "union")
        {
            // A union stays raw: neither typed as one alternative's structure nor narrowed to one scalar or array.
            Assert.True(
                IsUntyped(result) && shape.Kind is ValueKind.Raw or ValueKind.Object,
                $"a union must stay raw, but the result is '{result.Type}' with {Names(result.Fields.Concat(result.Items).ToList())}{(result.Ref is null ? string.Empty : " ref " + result.Ref)}");
            return;
        }

        Assert.Equal(facts.Kind, Shape(result, shape));
        if (facts.Type is { } type)
        {
            Assert.Equal(TypeVocabulary.Parse(type).Kind, shape.Kind);
        }
    }

    private static void AssertRows(ResultFacts facts, ListSpec? list)
    {
        if (facts.Rows == ResultFacts.NoRows)
        {
            Assert.True(list is null, $"the result holds no rows array, but the spec pages rows at {list?.Rows}");
        }
        else if (facts.Rows is { } rows)
        {
            Assert.True(list is not null, $"rows are at {rows}, but the spec has no list");
            Assert.Equal(rows, list!.Rows);
        }
    }

    // What the generated client makes of the result (ModelBuilder's order: map, ref, items, fields, then the token alone).
    private static string Shape(ResultSpec result, SpecType shape)
    {
        if (shape.Kind == ValueKind.Map)
        {
            return "map";
        }

        if (result.Ref is not null)
        {
            return shape.Kind == ValueKind.Array ? "array" : "object";
        }

        if (!result.Items.IsEmpty)
        {
            return "array";
        }

        return !result.Fields.IsEmpty ? "object" : shape.Kind switch
        {
            ValueKind.Object => "object",
            ValueKind.Array => "array",
            ValueKind.Raw => "union",
            _ => "scalar",
        };
    }

    private static bool IsUntyped(ResultSpec result)
        => result.Ref is null && result.Map is null && result.Fields.IsEmpty && result.Items.IsEmpty;

    // The members at a path: "result" is the result's own (its type's, its rows', its map values'), "result.a.b" walks members.
    private static IReadOnlyList<ParamSpec> PayloadMembers(ResultSpec? result, string path, TypeRegistry types, out string? missing)
    {
        missing = null;
        if (result is null)
        {
            return [];
        }

        IReadOnlyList<ParamSpec> members = result.Ref is { } id ? Fields(types, id) : result.Items.IsEmpty ? result.Fields : result.Items;
        foreach (var name in path.Split('.').Skip(1))
        {
            var member = members.FirstOrDefault(candidate => candidate.Name == name);
            if (member is null)
            {
                missing = name;
                return [];
            }

            members = MembersOf(member, types);
        }

        return members;
    }

    private static IReadOnlyList<ParamSpec> MembersOf(ParamSpec member, TypeRegistry types)
        => member.Ref is { } id ? Fields(types, id) : member.Fields.IsEmpty ? member.Items : member.Fields;

    private static IReadOnlyList<ParamSpec> Fields(TypeRegistry types, string id)
    {
        var type = types.Find(id);
        Assert.True(type is not null, $"the spec refers to type {id}, which the registry does not hold");
        return type!.Fields;
    }

    // Every documented member, in the documented order; the spec may have more between them.
    private static void AssertInOrder(IReadOnlyList<string> documented, IReadOnlyList<ParamSpec> actual, string where)
    {
        var names = actual.Select(member => member.Name).ToList();
        var position = 0;
        foreach (var name in documented)
        {
            var found = names.IndexOf(name, position);
            Assert.True(found >= 0, names.Contains(name)
                ? $"{where}: member {name} is out of the documented order ({Names(actual)})"
                : $"{where}: documented member {name} is missing ({Names(actual)})");
            position = found + 1;
        }
    }

    private static string Names(IReadOnlyList<ParamSpec> members)
        => members.Count == 0 ? "no members" : string.Join(", ", members.Select(member => member.Name));
}
