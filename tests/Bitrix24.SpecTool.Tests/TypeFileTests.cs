using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Writing;
using Bitrix24.SpecTool.Extraction;
using Bitrix24.SpecTool.Reports;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Type files: where they are written, how overrides correct them, and how <c>check</c> sees them drift.</summary>
public sealed class TypeFileTests : IDisposable
{
    private static readonly ObjectSpec Deal = new(
        "crm.deal",
        "Deal",
        "A deal.",
        "api-reference/crm/main-entities-fields.md#deals",
        new[]
        {
            new ParamSpec("ID", "integer", false, "Id", null, default, default, default, default),
            new ParamSpec("PHONE", "crm_multifield[]", false, "Phones", null, default, default, default, default, Ref: "crm.multifield"),
        }.ToEquatableArray(),
        default);

    private readonly SyntheticDocs _docs = new();

    [Theory]
    [InlineData("crm.deal", "crm/_types/crm.deal.yaml")]
    [InlineData("crm.deal_get.deal", "crm/_types/crm.deal_get.deal.yaml")]
    [InlineData("v3.tasks.task", "tasks/_types/v3.tasks.task.yaml")]
    [InlineData("main.uf_enum_element", "main/_types/main.uf_enum_element.yaml")]
    public void A_type_file_lives_in_its_scope_folder(string id, string path) => Assert.Equal(path, SpecFiles.TypePath(id));

    [Fact]
    public void A_type_override_replaces_the_keys_it_has_and_keeps_the_others()
    {
        _docs.Write("specs/_overrides/crm.deal.yaml", "object: crm.deal\ntitle: Deal by hand\n");
        _docs.Write("specs/_overrides/crm.multifield.yaml", "object: crm.multifield\nfields:\n  - {name: VALUE, type: string, required: true}\n");
        var overrides = Overrides.Load(Path.Combine(_docs.Root, "specs", "_overrides"));

        var deal = overrides.Apply(Deal);
        var multifield = overrides.Apply(Deal with { Id = "crm.multifield" });

        Assert.Equal("Deal by hand", deal.Title);
        Assert.Equal(Deal.Fields, deal.Fields);
        Assert.Equal(Deal.Summary, deal.Summary);
        Assert.Equal(["VALUE"], multifield.Fields.Select(field => field.Name));
        Assert.True(multifield.Fields[0].Required);
        Assert.Equal(Deal.Title, multifield.Title);
        Assert.Equal(Deal with { Id = "crm.company" }, overrides.Apply(Deal with { Id = "crm.company" }));
        Assert.Equal(["crm.deal", "crm.multifield"], overrides.TypeIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("object: crm.deal\nfields: []\n")]
    [InlineData("object: crm.deal\nfields:\n  - {name: ID, type: integer, required: false, ref: Crm.Thing}\n")]
    public void A_broken_type_override_stops_the_sweep_with_its_file(string yaml)
    {
        var file = _docs.Write("specs/_overrides/crm.deal.yaml", yaml);
        var error = Assert.Throws<InvalidDataException>(() => Overrides.Load(Path.GetDirectoryName(file)));
        Assert.StartsWith(file + "(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_files_are_written_beside_specs_and_drift_like_them()
    {
        var specs = Path.Combine(_docs.Root, "specs");
        _docs.Write("specs/_overrides/crm.deal.yaml", "object: crm.deal\ntitle: Kept\n");
        _docs.Write("specs/crm/_types/crm.stale.yaml", "object: crm.stale\n");
        var result = Result(Deal, Deal with { Id = "v3.tasks.task" });

        SpecFiles.WriteAll(specs, SpecFiles.Texts(result));

        Assert.Equal(SpecWriter.Write(Deal), File.ReadAllText(Path.Combine(specs, "crm", "_types", "crm.deal.yaml")));
        Assert.True(File.Exists(Path.Combine(specs, "tasks", "_types", "v3.tasks.task.yaml")));
        Assert.False(File.Exists(Path.Combine(specs, "crm", "_types", "crm.stale.yaml")));
        Assert.True(File.Exists(Path.Combine(specs, "_overrides", "crm.deal.yaml")));
        Assert.Empty(SpecDrift.Compare(specs, SpecFiles.Texts(result)));

        var changed = Result(Deal with { Title = "Changed" }, Deal with { Id = "crm.company" });
        var drift = SpecDrift.Compare(specs, SpecFiles.Texts(changed));

        Assert.Equal(3, drift.Count);
        Assert.Contains(drift, line => line.StartsWith("+ crm/_types/crm.company.yaml", StringComparison.Ordinal));
        Assert.Contains(drift, line => line.StartsWith("~ crm/_types/crm.deal.yaml", StringComparison.Ordinal) && line.Contains("+ title: Changed", StringComparison.Ordinal));
        Assert.Contains(drift, line => line.StartsWith("- tasks/_types/v3.tasks.task.yaml", StringComparison.Ordinal));
    }

    public void Dispose() => _docs.Dispose();

    private static SweepResult Result(params ObjectSpec[] types)
        => new([], new Dictionary<string, MethodSpec>(), types.ToDictionary(type => type.Id, StringComparer.Ordinal), [], TimeSpan.Zero);
}
