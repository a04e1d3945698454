using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// Writes a reply as <c>text/event-stream</c>, one flushed event at a time. A broken turn (an
/// <see cref="IOException"/>) breaks the stream: what was written goes out, then the connection
/// closes without the end of the chunked body, which clients read as a dropped stream. A refusal
/// after the stream began goes out as an <c>error</c> event. A client that left stops the writing, not the turn.
/// </summary>
/// <remarks>
/// The break is an exception thrown after the response started: Kestrel then sends what is pending
/// and closes. Aborting the connection instead would discard events not yet on the socket.
/// </remarks>
internal sealed class SseReply(SseOpening opening, IAsyncEnumerator<AgentEvent>? rest, ILogger logger, CancellationToken stopping) : IResult
{
    private bool _clientGone;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = SseEvents.ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(CancellationToken.None);
        await response.Body.FlushAsync(CancellationToken.None);

        foreach (var item in opening.Events)
        {
            await WriteAsync(httpContext, SseEvents.Payload(item));
        }

        if (opening.Ending == SseEnding.Dropped)
        {
            throw opening.Break!;
        }

        if (rest is not null)
        {
            await using (rest)
            {
                await StreamRestAsync(httpContext, rest);
            }
        }
    }

    private async Task StreamRestAsync(HttpContext httpContext, IAsyncEnumerator<AgentEvent> reply)
    {
        try
        {
            while (await reply.MoveNextAsync())
            {
                await WriteAsync(httpContext, SseEvents.Payload(reply.Current));
            }
        }
        catch (IOException e)
        {
            logger.LogInformation("A reply stream drops mid-way: {Reason}", e.Message);
            throw;
        }
        catch (VideoBackendException e)
        {
            logger.LogInformation("A reply stops with {Kind}: {Detail}", e.Kind, e.Detail);
            await WriteAsync(httpContext, SseEvents.Error(ApiErrorStatus.Code(e.Kind), e.Message));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The studio is stopping: the stream just ends.
        }
        catch (Exception e)
        {
            var errorId = ErrorIds.New();
            logger.LogError(e, "A reply failed (error id {ErrorId})", errorId);
            var payload = SseEvents.Error(ApiErrorStatus.Code(ErrorKind.Unexpected), ErrorIds.Explain(errorId));
            payload["error_id"] = errorId;
            await WriteAsync(httpContext, payload);
        }
    }

    private async Task WriteAsync(HttpContext httpContext, JsonObject payload)
    {
        if (_clientGone || httpContext.RequestAborted.IsCancellationRequested)
        {
            _clientGone = true;
            return;
        }

        try
        {
            await httpContext.Response.Body.WriteAsync(SseEvents.Frame(payload), CancellationToken.None);
            await httpContext.Response.Body.FlushAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client left; the turn still runs to its end.
            _clientGone = true;
        }
    }
}
