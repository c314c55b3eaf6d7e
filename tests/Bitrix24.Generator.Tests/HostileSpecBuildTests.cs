using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Bitrix24.Tests.Shared;
using Microsoft.CodeAnalysis.CSharp;

namespace Bitrix24.Generator.Tests;

/// <summary>
/// One real <c>dotnet build</c> (TreatWarningsAsErrors, XML docs on) of a throwaway project holding every spec in
/// <c>HostileSpecs/</c>: each file gets exactly the BX diagnostics its first line expects, the compiler reports nothing
/// of its own, and the generated files it wrote hold no injected code.
/// </summary>
public sealed class HostileSpecBuildTests : IDisposable
{
    private static readonly Regex Diagnostic = new(@"^(?<file>[^\r\n]+?)\(\d+,\d+\): (?:warning|error) (?<id>[A-Z]+\d+):", RegexOptions.Multiline);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bx-hostile-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_real_build_of_every_hostile_spec_reports_only_the_expected_BX_diagnostics()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "Hostile.csproj"), Project());

        var (_, output) = await ConsumerProject.BuildAsync(_directory, "-clp:NoSummary");

        var reported = Diagnostic.Matches(output).Select(match => (File: match.Groups["file"].Value, Id: match.Groups["id"].Value)).Distinct().ToList();
        Assert.Empty(reported.Where(diagnostic => !diagnostic.Id.StartsWith("BX", StringComparison.Ordinal)).Select(diagnostic => $"{diagnostic.File}: {diagnostic.Id}"));
        HostileSpecs.AssertExpected(reported.Select(diagnostic => (Path.GetFileName(diagnostic.File), diagnostic.Id)));
        var generated = Directory.GetFiles(Path.Combine(_directory, "generated"), "*.cs", SearchOption.AllDirectories);
        Assert.True(generated.Length > HostileSpecs.Generating().Count, output);
        Assert.All(generated, file => Breakouts.AssertNoInjection(CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file, cancellationToken: TestContext.Current.CancellationToken)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string Project() => ConsumerProject.Xml(
        "net8.0",
        """
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
            <Bitrix24Namespace>Hostile.Portal</Bitrix24Namespace>
        """,
        $"    <AdditionalFiles Include=\"{HostileSpecs.Folder}/*.yaml\" Bitrix24Spec=\"true\" />");
}
