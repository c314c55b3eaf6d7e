using System.Collections.Generic;
using System.IO;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Facts about one real documentation page, checked by eye (RealPages/facts.yaml).</summary>
public sealed class PageFacts
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    public string Page { get; set; } = string.Empty;

    public string Method { get; set; } = string.Empty;

    public int Rest { get; set; } = 2;

    public bool Deprecated { get; set; }

    public List<ParamFact> Params { get; set; } = [];

    public NestedFact? Nested { get; set; }

    public List<string> Errors { get; set; } = [];

    public string? Notes { get; set; }

    public static IReadOnlyList<PageFacts> Load()
        => Reader.Deserialize<List<PageFacts>>(File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "RealPages", "facts.yaml")));

    public sealed class ParamFact
    {
        public string Name { get; set; } = string.Empty;

        public bool Required { get; set; }

        public string Type { get; set; } = string.Empty;

        public override string ToString() => $"{Name}{(Required ? "*" : string.Empty)}:{Type}";
    }

    public sealed class NestedFact
    {
        public string Parent { get; set; } = string.Empty;

        public List<ParamFact> Fields { get; set; } = [];
    }
}
