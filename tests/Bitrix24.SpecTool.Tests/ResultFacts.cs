using System.Collections.Generic;
using System.IO;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bitrix24.SpecTool.Tests;

/// <summary>Facts about one real page's result structure, checked by eye (RealPages/results.yaml).</summary>
public sealed class ResultFacts
{
    /// <summary>The <see cref="Route"/> of a page whose payload has no documented members.</summary>
    public const string NoRoute = "none";

    /// <summary>The <see cref="Rows"/> of a method named like a list whose result holds no rows array.</summary>
    public const string NoRows = "none";

    private static readonly IDeserializer Reader = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    public string Page { get; set; } = string.Empty;

    public string Method { get; set; } = string.Empty;

    public int Rest { get; set; } = 2;

    public string Route { get; set; } = NoRoute;

    public string Kind { get; set; } = string.Empty;

    /// <summary>The scalar token of a <c>scalar</c> result.</summary>
    public string? Type { get; set; }

    public string? Rows { get; set; }

    /// <summary>The path of the documented entity member of a wrapper result (<c>result.item</c>).</summary>
    public string? Payload { get; set; }

    public List<string> Members { get; set; } = [];

    /// <summary>How many members the payload documents, when <see cref="Members"/> holds only the first 25.</summary>
    public int? MembersTotal { get; set; }

    public NestedFact? Nested { get; set; }

    public string? Notes { get; set; }

    public static IReadOnlyList<ResultFacts> Load()
        => Reader.Deserialize<List<ResultFacts>>(File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "RealPages", "results.yaml")));

    /// <summary>A member of the payload and its own documented members.</summary>
    public sealed class NestedFact
    {
        public string Member { get; set; } = string.Empty;

        public List<string> Members { get; set; } = [];
    }
}
