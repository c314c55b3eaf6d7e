using System.Collections.Generic;
using System.Linq;
using Bitrix24.Specs.Model;

namespace Bitrix24.SpecTool.Tests;

/// <summary>
/// Real pages from <c>../shared/docs</c>, across scopes and both languages, against facts checked by eye
/// (RealPages/facts.yaml): method, REST version, deprecation, every parameter with its required flag and type token,
/// one nested table, every error code. Skipped when the docs are absent.
/// </summary>
public sealed class RealPageTests
{
    public static TheoryData<string> Pages => new(PageFacts.Load().Select(facts => facts.Page));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extracts_the_hand_checked_facts(string page)
    {
        var facts = PageFacts.Load().Single(candidate => candidate.Page == page);
        var spec = RealPage.Extract(page).Page.Spec;

        Assert.NotNull(spec);
        Assert.Equal((facts.Method, facts.Rest, facts.Deprecated), (spec!.Method, spec.Rest, spec.Deprecated));
        Assert.Equal(facts.Params.Select(p => p.ToString()), spec.Params.Select(Describe));
        if (facts.Nested is { } nested)
        {
            var parent = Find(spec.Params, nested.Parent);
            Assert.True(parent is not null, $"no parameter {nested.Parent}");
            var children = parent!.Fields.IsEmpty ? parent.Items : parent.Fields;
            Assert.Equal(nested.Fields.Select(p => p.ToString()), children.Take(nested.Fields.Count).Select(Describe));
        }

        if (facts.Rest == 3)
        {
            // REST 3.0 tables list cases under an "Error Code:" line; the facts list those codes in the notes.
            Assert.Equal(facts.Errors.Count, spec.Errors.Count);
            Assert.All(spec.Errors, error => Assert.Contains(error.Code.Replace("BITRIX_REST_V3_EXCEPTION", string.Empty, System.StringComparison.Ordinal), facts.Notes ?? string.Empty));
        }
        else
        {
            Assert.Equal(facts.Errors, spec.Errors.Select(error => error.Code));
        }
    }

    private static string Describe(ParamSpec parameter) => $"{parameter.Name}{(parameter.Required ? "*" : string.Empty)}:{parameter.Type}";

    private static ParamSpec? Find(IEnumerable<ParamSpec> parameters, string path)
    {
        var current = parameters;
        ParamSpec? found = null;
        foreach (var part in path.Split('.'))
        {
            found = current.FirstOrDefault(parameter => parameter.Name == part);
            if (found is null)
            {
                return null;
            }

            current = found.Fields.IsEmpty ? found.Items : found.Fields;
        }

        return found;
    }
}
