using System;
using System.IO;
using System.Threading.Tasks;
using Bitrix24.Tests.Shared;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a netstandard2.0 consumer (LangVersion 11) in a temp folder, with the generator as
/// an analyzer and YamlDotNet beside it. A generator that fails to load shows only as warning CS8785, which the
/// consumer's TreatWarningsAsErrors turns into a failed build, so this proves the generator really ran.
/// </summary>
public sealed class RealBuildTests : IDisposable
{
    private const string Spec = """
        method: crm.deal.get
        kind: read
        params:
          - { name: id, type: integer, required: true }
        result:
          type: object
          fields:
            - { name: ID, type: integer }
            - { name: TITLE, type: string }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bx-consumer-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Generator_runs_inside_a_real_build_and_enforces_required_members()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "specs"));
        File.WriteAllText(Path.Combine(_directory, "specs", "deal.yaml"), Spec);
        File.WriteAllText(Path.Combine(_directory, "unrelated.yaml"), "not: [a spec");
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), Project());
        File.WriteAllText(Path.Combine(_directory, "Use.cs"), Consumer("Id = 5"));

        var (exitCode, output) = await Build();

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CS8785", output);
        var assembly = File.ReadAllBytes(Path.Combine(_directory, "bin", RepositoryPaths.Configuration, "netstandard2.0", "Consumer.dll"));
        Assert.Contains("DealGetRequest", System.Text.Encoding.UTF8.GetString(assembly));

        File.WriteAllText(Path.Combine(_directory, "Use.cs"), Consumer(string.Empty));
        (exitCode, output) = await Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CS9035", output);
        Assert.Contains("DealGetRequest.Id", output);
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
        }
        """;
}
