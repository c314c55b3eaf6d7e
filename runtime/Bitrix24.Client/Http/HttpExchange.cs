using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Bitrix24.Client.Errors;

namespace Bitrix24.Client.Http;

/// <summary>
/// One POST of a JSON body and the answer's status and bytes, within the attempt's timeout and the answer-size limit.
/// A redirect ends it; a network failure becomes a <see cref="Bitrix24TransportException"/> that says whether the
/// request may have reached the portal, with the secret taken out of its message.
/// </summary>
/// <param name="http">Sends; must not follow redirects.</param>
/// <param name="requestTimeout">How long one attempt may take.</param>
/// <param name="maxResponseBytes">The largest answer read, after decompression.</param>
/// <param name="portal">The portal's host, named in failure messages.</param>
/// <param name="redact">Takes the secrets out of a failure message.</param>
internal sealed class HttpExchange(HttpClient http, TimeSpan requestTimeout, long maxResponseBytes, string portal, Func<string, string> redact)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Posts <paramref name="body"/> to <paramref name="uri"/> and reads the whole answer.</summary>
    public async ValueTask<(int Status, byte[] Body)> PostAsync(string method, Uri uri, byte[] body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var timeout = AttemptTimeout.Start(requestTimeout, cancellationToken);
        using var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } },
        };
        if (idempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            RefuseRedirect(method, response, uri);
            return ((int)response.StatusCode, await ResponseBody.ReadAsync(response, method, maxResponseBytes, timeout.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Bitrix24TransportException(method, $"{method} did not answer within {requestTimeout.TotalSeconds:0.#} s.", isTimeout: true, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            var neverSent = NeverSent(exception);
            throw new Bitrix24TransportException(method, $"{method} could not {(neverSent ? "reach" : "get an answer from")} {portal}: {redact(exception.Message)}", isTimeout: false, exception, mayHaveRun: !neverSent);
        }
    }

    private static bool NeverSent(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket
                && socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A redirect is never followed (see <see cref="Bitrix24HttpHandler"/>): a 3xx answer, or an answer an HttpClient of
    /// the caller's got by following one, ends the call naming the status and the target's host only.
    /// </summary>
    private static void RefuseRedirect(string method, HttpResponseMessage response, Uri sent)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            throw new Bitrix24RedirectException(method, status, HostOf(response.Headers.Location, sent), followed: false);
        }

        var answered = response.RequestMessage?.RequestUri ?? sent;
        if (!ReferenceEquals(answered, sent) && answered != sent)
        {
            throw new Bitrix24RedirectException(method, status, HostOf(answered, sent), followed: true);
        }
    }

    private static string HostOf(Uri? location, Uri sent)
        => location is null ? string.Empty : (location.IsAbsoluteUri ? location : new Uri(sent, location)).Authority;
}
