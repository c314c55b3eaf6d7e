using System.IO;
using System.Linq;
using Bitrix24.Specs.Model;
using Bitrix24.Specs.Reading;
using Bitrix24.Specs.Writing;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Specs.Tests;

public sealed class SpecWriterTests
{
    private static readonly MethodSpec Rich = new(
        Method: "crm.item.add",
        Rest: 2,
        Scope: "crm",
        Title: "Add: an item",
        Summary: "Line one\nline two",
        Access: null,
        Deprecated: true,
        Replacement: "crm.item.create",
        Kind: MethodKind.Write,
        Source: "api-reference/crm/item.md",
        Params: new[]
        {
            new ParamSpec("entityTypeId", "integer", true, "true", "2", EquatableArray<EnumValueSpec>.Empty, default, default, default),
            new ParamSpec(
                "fields",
                "object",
                false,
                "# not a comment",
                "",
                default,
                new[]
                {
                    new ParamSpec("OPENED", "char", false, null, "null", new[] { new EnumValueSpec("Y", "yes"), new EnumValueSpec("N", null) }.ToEquatableArray(), default, default, default),
                    new ParamSpec("ITEMS", "object[]", false, "- dash", null, default, default, new[] { new ParamSpec("ID", "integer", true, "'quoted'", null, default, default, default, default) }.ToEquatableArray(), default),
                }.ToEquatableArray(),
                default,
                default),
        }.ToEquatableArray(),
        Result: new ResultSpec("object", "The item: created", new[] { new ParamSpec("id", "integer", false, null, null, default, default, default, default) }.ToEquatableArray(), default),
        List: new ListSpec("result.items", "id", "next"),
        Errors: new[]
        {
            new ErrorSpec("100", "Required: fields", 400, default),
            new ErrorSpec("", "No code", null, default),
            new ErrorSpec("NOT_FOUND", "true", null, default),
        }.ToEquatableArray(),
        Position: default);

    [Fact]
    public void Write_then_read_gives_the_same_model()
    {
        var result = SpecReader.Read(SpecWriter.Write(Rich));

        Assert.Empty(result.Problems);
        Assert.Equal(Rich, result.Spec);
    }

    [Fact]
    public void Write_is_byte_stable()
    {
        var first = SpecWriter.Write(Rich);
        var second = SpecWriter.Write(SpecReader.Read(first).Spec!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Writes_canonical_yaml()
    {
        Snapshot.Verify(SpecWriter.Write(Rich), extension: "yaml");
    }

    [Fact]
    public void Numeric_and_empty_codes_are_written_as_quoted_strings()
    {
        var yaml = SpecWriter.Write(Rich);

        Assert.Contains("code: \"100\"", yaml);
        Assert.Contains("code: \"\"", yaml);
        Assert.Contains("message: \"true\"", yaml);
    }

    [Theory]
    [InlineData("=")]
    [InlineData("<<")]
    [InlineData("yes")]
    [InlineData("Y")]
    [InlineData("12")]
    public void Values_other_yaml_readers_take_for_tags_numbers_or_booleans_are_quoted(string value)
    {
        var spec = Rich with { Errors = new[] { new ErrorSpec(value, value, null, default) }.ToEquatableArray() };

        var yaml = SpecWriter.Write(spec);

        Assert.Contains($"code: \"{value}\", message: \"{value}\"", yaml);
        Assert.Equal(value, SpecReader.Read(yaml).Spec!.Errors.Single().Code);
    }

    // Every YAML file under specs/ but the overrides: method specs and type files (told apart by their key), byte for byte.
    [Fact]
    public void Committed_specs_are_canonical_and_valid()
    {
        var files = RepositoryPaths.SpecFiles();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var result = SpecReader.Read(text);
            Assert.True(result.Problems.IsEmpty, $"{file}: {string.Join("; ", result.Problems)}");
            var canonical = result.Object is { } type ? SpecWriter.Write(type) : SpecWriter.Write(result.Spec!);
            if (canonical != text && Snapshot.IsAccepting)
            {
                File.WriteAllText(file, canonical);
                continue;
            }

            Assert.True(canonical == text, $"{file} is not in canonical form; rerun with ACCEPT_SNAPSHOTS=1 to rewrite it.");
        }
    }
}
