using System;
using System.IO;
using System.Linq;

namespace Bitrix24.Client.Tests.Layering;

/// <summary>
/// The runtime's namespaces only point down. The bottom three are what generated code speaks (errors, JSON values,
/// and the transport abstractions: transport and request interfaces, method descriptor, response, <c>time</c>);
/// the machinery sits above them and the client face on top.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Lowest first: a type may use types of its own layer and of the layers before it.</summary>
    private static readonly string[][] Layers =
    [
        ["Bitrix24.Client.Errors"],
        ["Bitrix24.Client.Json"],
        ["Bitrix24.Client.Transport"],
        ["Bitrix24.Client.Logging"],
        ["Bitrix24.Client.Telemetry"],
        ["Bitrix24.Client.Http"],
        ["Bitrix24.Client.Auth"],
        ["Bitrix24.Client.Limits"],
        ["Bitrix24.Client.Retry"],
        ["Bitrix24.Client.Batch"],
        ["Bitrix24.Client.Paging"],
        ["Bitrix24.Client"],

        // The registration extensions live in the container's namespace, where IServiceCollection users find them.
        ["Bitrix24.Client.DependencyInjection", "Microsoft.Extensions.DependencyInjection"],
    ];

    private static readonly string[] Namespaces = [.. Layers.SelectMany(layer => layer)];

    public static TheoryData<string> Builds => new()
    {
        typeof(Bitrix24Client).Assembly.Location,
        Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "Bitrix24.Client.dll"),
    };

    [Theory]
    [MemberData(nameof(Builds))]
    public void No_namespace_uses_a_higher_one(string assembly)
    {
        var upward = TypeReferences.Read(assembly)
            .Where(edge => Layer(edge.To.Namespace) > Layer(edge.From.Namespace))
            .Select(edge => $"{edge.From} uses {edge.To}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

        Assert.True(upward.Count == 0, "Upward references:\n" + string.Join("\n", upward));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_runtime_namespace_has_its_place_and_every_place_is_taken(string assembly)
    {
        var edges = TypeReferences.Read(assembly);
        var namespaces = edges.SelectMany(edge => new[] { edge.From.Namespace, edge.To.Namespace })
            .Where(name => name.StartsWith("Bitrix24.", StringComparison.Ordinal) || Namespaces.Contains(name))
            .Distinct()
            .ToList();

        Assert.Empty(namespaces.Except(Namespaces));
        Assert.Empty(Namespaces.Except(namespaces));
    }

    /// <summary>The namespace's place; a compiler's or polyfill's type (no namespace, <c>System.*</c>) sits below everything.</summary>
    private static int Layer(string name) => Array.FindIndex(Layers, layer => layer.Contains(name)) is var index and >= 0 ? index : name.StartsWith("Bitrix24.", StringComparison.Ordinal) ? int.MaxValue : -1;
}
