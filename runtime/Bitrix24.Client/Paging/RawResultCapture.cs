using System.Text.Json;
using Bitrix24.Client.Transport;

namespace Bitrix24.Client.Paging;

/// <summary>
/// The list method with a result reader that also keeps the raw <c>result</c>, so paging can see each row's id
/// whatever the typed row looks like. One per read: the reads of its pages come one after another.
/// </summary>
internal sealed class RawResultCapture<TResult>
{
    private readonly Bitrix24Method<TResult> _method;
    private JsonElement? _last;

    public RawResultCapture(Bitrix24Method<TResult> method)
    {
        _method = method;
        Method = new Bitrix24Method<TResult>(method.Name, method.RestVersion, method.IsRead, Parse, method.MapError);
    }

    /// <summary>The method to send: the original with the capturing reader.</summary>
    public Bitrix24Method<TResult> Method { get; }

    /// <summary>The last answer's raw <c>result</c>; cleared by <see cref="Take"/>.</summary>
    public JsonElement? Take()
    {
        var last = _last;
        _last = null;
        return last;
    }

    private bool Parse(ref Utf8JsonReader reader, out TResult value)
    {
        var copy = reader;
        _last = JsonElement.ParseValue(ref copy);
        return _method.ParseResult(ref reader, out value);
    }
}
