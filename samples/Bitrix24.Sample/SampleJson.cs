using System.Text.Json.Serialization;

namespace Bitrix24.Sample;

/// <summary>Source-generated JSON metadata for the few values the sample seeds (no reflection).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class SampleJson : JsonSerializerContext;
