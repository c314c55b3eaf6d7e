using System;
using System.IO;
using System.Threading.Tasks;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a netstandard2.0 consumer (LangVersion 11) in a temp folder, with the generator as
/// an analyzer and YamlDotNet beside it. A generator that fails to load shows only as warning CS8785, which the
/// consumer's TreatWarningsAsErrors turns into a failed build, so this proves the generator really ran. The specs
/// include a type file, refs on both sides and a <c>lang_map</c>, so named types compile on netstandard2.0 and C# 11 too.
/// </summary>
public sealed class RealBuildTests : IDisposable
{
    private const string Spec = """
        method: crm.deal.get
        kind: read
        params:
          - { name: id, type: integer, required: true }
          - { name: note, type: object, ref: crm.note }
        result:
          type: object
          fields:
            - { name: ID, type: integer }
            - { name: TITLE, type: string }
            - { name: NOTE, type: object, ref: crm.note }
            - { name: NAMES, type: lang_map }
        """;

    // A type file: a result class (Crm.Note) and, since a parameter refers to it, an Input class with a required member.
    private const string NoteType = """
        object: crm.note
        fields:
          - { name: TEXT, type: string, required: true }
          - { name: PARENT, type: object, ref: crm.note }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bx-consumer-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Generator_runs_inside_a_real_build_and_enforces_required_members()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "specs"));
        File.WriteAllText(Path.Combine(_directory, "specs", "deal.yaml"), Spec);
        File.WriteAllText(Path.Combine(_directory, "specs", "note.yaml"), NoteType);
        File.WriteAllText(Path.Combine(_directory, "unrelated.yaml"), "not: [a spec");
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), Project());
        File.WriteAllText(Path.Combine(_directory, "Use.cs"), Consumer("Id = 5, Note = new Consumer.Portal.Crm.NoteInput { Text = \"x\" }"));

        var (exitCode, output) = await Build();

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CS8785", output);
        var assembly = File.ReadAllBytes(Path.Combine(_directory, "bin", RepositoryPaths.Configuration, "netstandard2.0", "Consumer.dll"));
        Assert.Contains("DealGetRequest", System.Text.Encoding.UTF8.GetString(assembly));

        File.WriteAllText(Path.Combine(_directory, "Use.cs"), Consumer("Note = new Consumer.Portal.Crm.NoteInput()"));
        (exitCode, output) = await Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CS9035", output);
        Assert.Contains("DealGetRequest.Id", output);
        Assert.Contains("NoteInput.Text", output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Task<(int ExitCode, string Output)> Build() => ConsumerProject.BuildAsync(_directory);

    private static string Project() => ConsumerProject.Xml(
        "netstandard2.0",
        "    <LangVersion>11</LangVersion>\n    <Bitrix24Namespace>Consumer.Portal</Bitrix24Namespace>",
        "    <AdditionalFiles Include=\"specs/*.yaml\" Bitrix24Spec=\"true\" />\n    <AdditionalFiles Include=\"unrelated.yaml\" />");

    private static string Consumer(string assignment) => $$"""
        namespace Consumer;

        public static class Use
        {
            public static System.Threading.Tasks.Task<Bitrix24.Client.Transport.Bitrix24Response<Consumer.Portal.Crm.DealGetResult>> Get(Consumer.Portal.IBitrix24Api api)
                => api.Crm.Deal.GetAsync(new Consumer.Portal.Crm.DealGetRequest { {{assignment}} });

            public static string? NoteOf(Consumer.Portal.Crm.DealGetResult deal)
                => deal.Note?.Parent?.Text ?? (deal.Names is { } names && names.TryGetValue("en", out var name) ? name : null);
        }
        """;
}
