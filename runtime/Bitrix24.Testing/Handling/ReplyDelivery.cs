using System;
using System.Threading.Tasks;
using Bitrix24.Testing.Protocol;
using Microsoft.AspNetCore.Http;

namespace Bitrix24.Testing.Handling;

/// <summary>Writes a reply to the HTTP response, spoiled by its fault if it has one.</summary>
internal static class ReplyDelivery
{
    /// <summary>Sends <paramref name="reply"/>; a slow fault waits <paramref name="slowDelay"/> first.</summary>
    public static async Task DeliverAsync(HttpContext context, Reply reply, string? idempotencyKey, TimeSpan slowDelay)
    {
        if (FaultReplies.Aborts(reply.Fault))
        {
            context.Abort();
            return;
        }

        if (reply.Fault == FakeFault.SlowResponse)
        {
            try
            {
                await Task.Delay(slowDelay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (idempotencyKey is not null)
        {
            context.Response.Headers[RestHeaders.IdempotencyKey] = idempotencyKey;
        }

        if (reply.Replayed)
        {
            context.Response.Headers[RestHeaders.IdempotentReplayed] = "true";
        }

        var body = reply.Fault == FakeFault.TruncatedJson ? reply.Body.AsMemory(0, reply.Body.Length / 2) : reply.Body;
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
