using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Bitrix24.Generator.Tests;

/// <summary>Named types at run time: the generated reader of a self-referencing type reads a tree.</summary>
public sealed class NamedTypeTests
{
    private const string Reader = """
        public static class TreeReader
        {
            public static string Read(string json)
            {
                var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
                reader.Read();
                return Bitrix24.Generated.Test.Node.TryRead(ref reader, out var root) ? Describe(root) : "unreadable";
            }

            private static string Describe(Bitrix24.Generated.Test.Node node)
                => $"{node.Id}({string.Join(",", (node.Children ?? []).Select(Describe))}){(node.Parent is null ? "" : "^" + node.Parent.Id)}";
        }
        """;

    [Fact]
    public void Self_referencing_type_compiles_and_reads_a_tree()
    {
        var result = GeneratorHarness.Run(
            [GeneratorSnapshotTests.Spec("_types/test.node.yaml", TypeSpecs.Node), GeneratorSnapshotTests.Spec("node.yaml", TypeSpecs.NodeGet)],
            ["using System.Linq;\n" + Reader]);
        Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var read = Load(result).GetType("TreeReader")!.GetMethod("Read")!;
        var tree = """{"ID": "1", "CHILDREN": [{"ID": 2, "PARENT": {"ID": 1}}, {"ID": 3, "CHILDREN": {"0": {"ID": 4}}}]}""";

        Assert.Equal("1(2()^1,3(4()))", read.Invoke(null, [tree]));
    }

    private static Assembly Load(GeneratorResult result)
    {
        var compilation = GeneratorHarness.Compilation(result.Sources.Select(source => source.SourceText.ToString()).Append("using System.Linq;\n" + Reader));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
