using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bitrix24.Specs.Model;
using Bitrix24.SpecTool.Documents;

namespace Bitrix24.SpecTool.Extraction;

/// <summary>
/// The response example as a tie-breaker for a result documented as a bare <c>array</c>: PHP calls an associative
/// array an array, so when the example's <c>result</c> is a JSON object, the documented rows are the object's own
/// members (<c>disk.file.copyTo</c>), or its one key holds the array (<c>crm.stagehistory.list</c>'s <c>{"items": [...]}</c>);
/// and for an object or array result (or an object member) answered as an object keyed by ids (<c>{"39": {...}}</c>), a map of the documented structure.
/// </summary>
internal static partial class ExampleShapes
{
    public static ResultSpec Apply(ResultSpec result, IReadOnlyList<DocSection> returned)
    {
        if (result.Map is not null)
        {
            return result;
        }

        var code = string.Join("\n", returned.SelectMany(section => section.Code));
        result = WithKeyedMembers(result, code);
        var example = ResultObject().Match(code);
        if (example.Success && Digits().IsMatch(example.Groups["key"].Value))
        {
            // {"39": {...}}: the keys are ids, so the documented structure is each value's (imbot.bot.list, task.stages.get).
            return example.Groups["value"].Value == "{" && IsGenericObject(result) && (result.Ref is not null || !result.Fields.IsEmpty || !result.Items.IsEmpty)
                ? result with { Type = "object", Map = "object", Fields = result.Fields.IsEmpty ? result.Items : result.Fields, Items = default }
                : result;
        }

        if (!result.Type.Trim().Equals("array", System.StringComparison.OrdinalIgnoreCase) || !example.Success)
        {
            return result;
        }

        var key = example.Groups["key"].Value;
        if (result.Items.Any(member => member.Name == key))
        {
            return result with { Type = "object", Items = default, Fields = result.Items };
        }

        if (example.Groups["value"].Value != "[")
        {
            return result;
        }

        var rows = new ParamSpec(key, "array", false, null, null, default, default, result.Items, default, result.Ref);
        return result with { Type = "object", Items = default, Ref = null, RefPosition = default, Fields = new[] { rows }.ToEquatableArray() };
    }

    /// <summary>The result with each object member the example answers keyed by ids made a map (<see cref="KeyedMember"/>).</summary>
    public static ResultSpec WithKeyedMembers(ResultSpec result, string code)
        => result with { Fields = result.Fields.Select(member => KeyedMember(member, code)).ToEquatableArray() };

    // A member answered as {"39": {...}} (or {"de": {...}} when its description says the keys are codes) is a map of its documented structure.
    private static ParamSpec KeyedMember(ParamSpec member, string code)
    {
        if (member.Map is not null || !member.Type.Trim().Equals("object", System.StringComparison.OrdinalIgnoreCase) || (member.Ref is null && member.Fields.IsEmpty))
        {
            return member;
        }

        var example = Regex.Match(code, $@"""{Regex.Escape(member.Name)}""\s*:\s*\{{\s*""(?<key>[^""]+)""\s*:\s*\{{");
        return example.Success && (Digits().IsMatch(example.Groups["key"].Value) || KeyMention().IsMatch(member.Description ?? string.Empty))
            ? member with { Map = "object" }
            : member;
    }

    private static bool IsGenericObject(ResultSpec result)
        => result.Type.Trim().ToLowerInvariant() is "object" or "array" or "object[]";

    // The first "result": { "key": <value> of the examples.
    [GeneratedRegex(@"""result""\s*:\s*\{\s*""(?<key>[^""]+)""\s*:\s*(?<value>.)")]
    private static partial Regex ResultObject();

    [GeneratedRegex(@"\bkeys?\b|ключ", RegexOptions.IgnoreCase)]
    private static partial Regex KeyMention();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();
}
