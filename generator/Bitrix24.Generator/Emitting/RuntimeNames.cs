namespace Bitrix24.Generator.Emitting;

/// <summary>
/// Every type and member of the runtime (<c>Bitrix24.Client</c>) that generated code names, fully qualified: a rename
/// in the runtime is one edit here. The generator cannot reference the runtime: <c>RuntimeNamesTests</c> checks each
/// name against the runtime assembly, and the compile tests of the generated code check how they are used.
/// </summary>
internal static class RuntimeNames
{
    private const string Client = "global::Bitrix24.Client";

    /// <summary>The transport the facade sends through (<c>Bitrix24Client</c>, a batch, or a fake).</summary>
    public const string Transport = Client + ".Transport.IBitrix24Transport";

    /// <summary>A top-level request type.</summary>
    public const string Request = Client + ".Transport.IBitrix24Request";

    /// <summary>The response envelope, generic in the result.</summary>
    public const string Response = Client + ".Transport.Bitrix24Response";

    /// <summary>A method's descriptor: wire name, REST version, read flag, result parser, error mapper.</summary>
    public const string Method = Client + ".Transport.Bitrix24Method";

    /// <summary><see cref="Transport"/>'s typed send.</summary>
    public const string SendAsync = "SendAsync";

    /// <summary><see cref="Transport"/>'s untyped call.</summary>
    public const string CallAsync = "CallAsync";

    /// <summary>The error every failed call throws.</summary>
    public const string Exception = Client + ".Errors.Bitrix24Exception";

    /// <summary>The error of a method with documented errors, named in doc text.</summary>
    public const string MethodExceptionName = "Bitrix24MethodException";

    /// <summary>The client class, named in doc text.</summary>
    public const string ClientName = "Bitrix24Client";

    /// <summary>Builds a method's error mapper from its code (and message) table.</summary>
    public const string ErrorMapper = Client + ".Errors.MethodErrorTable.Mapper";

    /// <summary>A nested request type (writes itself as a JSON object).</summary>
    public const string JsonWritable = Client + ".Json.IJsonWritable";

    /// <summary><see cref="JsonWritable"/>'s one member.</summary>
    public const string WriteTo = "WriteTo";

    /// <summary>The request writers (<c>Write…Property</c>, <c>WriteExtensionData</c>).</summary>
    public const string JsonValueWriter = Client + ".Json.JsonValueWriter";

    /// <summary>The result readers (<c>TryRead…Item</c>, <c>ListParser</c>, <c>TryStartObject</c>, <c>KeepProperty</c>, <c>ExtensionData</c>).</summary>
    public const string JsonValueReader = Client + ".Json.JsonValueReader";

    /// <summary><see cref="JsonValueReader"/>'s parser of a whole list result.</summary>
    public const string ListParser = "ListParser";

    /// <summary><see cref="JsonValueReader"/>'s parser of a whole name → value map result.</summary>
    public const string MapParser = "MapParser";

    /// <summary>
    /// A result class's wire names (<c>IndexOf</c>) and the value readers a member's <c>case</c> line calls, one per kind
    /// (<c>Int64</c>, <c>String</c>, …, named by <c>ValueCodec</c> after the kind), each returning the value or null.
    /// </summary>
    public const string JsonPropertyNames = Client + ".Json.JsonPropertyNames";

    /// <summary><see cref="JsonPropertyNames"/>'s reader of a nested object property.</summary>
    public const string ReadObject = "Object";

    /// <summary><see cref="JsonPropertyNames"/>'s reader of a list property.</summary>
    public const string ReadList = "List";

    /// <summary><see cref="JsonPropertyNames"/>'s reader of a name → value map property.</summary>
    public const string ReadMap = "Map";

    /// <summary><see cref="JsonPropertyNames"/>'s reader of a raw JSON property.</summary>
    public const string ReadRaw = "Raw";

    /// <summary>A list method's paging descriptor, generic in result and row.</summary>
    public const string ListMethod = Client + ".Paging.Bitrix24ListMethod";

    /// <summary>How a list pages: <c>Pagination</c> or <c>Next</c>.</summary>
    public const string ListPaging = Client + ".Paging.Bitrix24ListPaging";

    /// <summary>Page-by-page reading (<c>ReadAllAsync</c>, <c>RawRows</c>).</summary>
    public const string Paging = Client + ".Paging.Bitrix24Paging";

    /// <summary>The <c>&gt;ID</c> bulk read over chained batch pages (<c>ReadAllAsync</c>).</summary>
    public const string BulkRead = Client + ".Paging.Bitrix24BulkRead";

    /// <summary>The bulk read's options.</summary>
    public const string BulkReadOptions = Client + ".Paging.Bitrix24BulkReadOptions";
}
