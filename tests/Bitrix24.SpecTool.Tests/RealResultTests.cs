using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Extraction;

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
        var facts = ResultFacts.Load().Single(candidate => candidate.Page == page);
        var (extracted, types) = RealPage.Extract(page);
        var spec = extracted.Spec;

        Assert.NotNull(spec);
        Assert.Equal((facts.Method, facts.Rest), (spec!.Method, spec.Rest));

        // Every disagreement of the page at once: one wrong route should not hide wrong members.
        var problems = new List<string>();
        var route = extracted.Route?.ToString() ?? ResultFacts.NoRoute;
        if (route != facts.Route)
        {
            problems.Add($"route: expected {facts.Route}, got {route} (untyped because: {extracted.UntypedReason ?? "-"})");
        }

        if (extracted.Route is null && string.IsNullOrWhiteSpace(extracted.UntypedReason))
        {
            problems.Add("an untyped result must say why");
        }

        CheckKind(facts, spec.Result, problems);
        CheckRows(facts, spec.List, problems);
        CheckMembers(facts, spec.Result, types, problems);
        Assert.True(problems.Count == 0, $"{facts.Method} (REST {facts.Rest}, {page}):\n" + string.Join("\n", problems));
    }

    private static void CheckKind(ResultFacts facts, ResultSpec? result, List<string> problems)
    {
        if (result is null)
        {
            if (facts.Kind != "none")
            {
                problems.Add($"kind: a {facts.Kind} result is documented, but the spec has none");
            }

            return;
        }

        var shape = TypeVocabulary.Parse(result.Type, result.Map);
        if (facts.Kind == "union")
        {
            // A union stays raw: neither typed as one alternative's structure nor narrowed to one scalar or array.
            if (!IsUntyped(result) || shape.Kind is not (ValueKind.Raw or ValueKind.Object))
            {
                problems.Add($"kind: a union must stay raw, but the result is '{result.Type}' with {Names(result.Fields.Concat(result.Items).ToList())}{(result.Ref is null ? string.Empty : ", ref " + result.Ref)}");
            }

            return;
        }

        var kind = Shape(result, shape);
        if (kind != facts.Kind)
        {
            problems.Add($"kind: expected {facts.Kind}, got {kind} (type '{result.Type}'{(result.Ref is null ? string.Empty : ", ref " + result.Ref)})");
        }

        if (facts.Type is { } type && TypeVocabulary.Parse(type).Kind != shape.Kind)
        {
            problems.Add($"type: expected {type}, got '{result.Type}'");
        }
    }

    private static void CheckRows(ResultFacts facts, ListSpec? list, List<string> problems)
    {
        if (facts.Rows == ResultFacts.NoRows && list is not null)
        {
            problems.Add($"rows: the result holds no rows array, but the spec pages rows at {list.Rows}");
        }
        else if (facts.Rows is { } rows && rows != ResultFacts.NoRows && rows != list?.Rows)
        {
            problems.Add($"rows: expected {rows}, got {list?.Rows ?? "no list"}");
        }
    }

    private static void CheckMembers(ResultFacts facts, ResultSpec? result, TypeRegistry types, List<string> problems)
    {
        var path = facts.Rows is { } rows && rows != ResultFacts.NoRows ? rows : facts.Payload ?? "result";
        var members = PayloadMembers(result, path, types, out var missing);
        if (facts.Members.Count == 0)
        {
            if (members.Count > 0)
            {
                problems.Add($"{path} has no documented members, but the spec gives it {Names(members)}");
            }

            return;
        }

        if (missing is not null)
        {
            problems.Add($"{path}: the spec has no member {missing}");
            return;
        }

        CheckOrder(facts.Members, members, path, problems);
        if (facts.MembersTotal is { } total && members.Count < total)
        {
            problems.Add($"{path}: {total} documented members, the spec has {members.Count}");
        }

        if (facts.Nested is { } nested)
        {
            var member = members.FirstOrDefault(candidate => candidate.Name == nested.Member);
            if (member is null)
            {
                problems.Add($"{path}: documented member {nested.Member} is missing");
            }
            else
            {
                CheckOrder(nested.Members, MembersOf(member, types), $"{path}.{nested.Member}", problems);
            }
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

    // A ref the registry does not hold reads as no members, so the member check names what is lost.
    private static IReadOnlyList<ParamSpec> Fields(TypeRegistry types, string id) => types.Find(id)?.Fields ?? [];

    // Every documented member, in the documented order; the spec may have more between them.
    private static void CheckOrder(IReadOnlyList<string> documented, IReadOnlyList<ParamSpec> actual, string where, List<string> problems)
    {
        var names = actual.Select(member => member.Name).ToList();
        var position = 0;
        foreach (var name in documented)
        {
            var found = names.IndexOf(name, position);
            if (found < 0)
            {
                problems.Add(names.Contains(name)
                    ? $"{where}: member {name} is out of the documented order ({Names(actual)})"
                    : $"{where}: documented member {name} is missing ({Names(actual)})");
                return;
            }

            position = found + 1;
        }
    }

    private static string Names(IReadOnlyList<ParamSpec> members)
        => members.Count == 0 ? "no members" : string.Join(", ", members.Select(member => member.Name));
}
