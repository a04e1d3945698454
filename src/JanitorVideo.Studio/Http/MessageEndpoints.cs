using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// <c>POST /run_sse</c>: one message to the studio's agent, answered as an event stream. The turn
/// runs to its end even when the client goes away (as the cloud's does: clients are told never to
/// re-send, and read the state instead); only the studio stopping cuts it short.
/// </summary>
internal sealed class MessageEndpoints(StudioEngine engine, BearerCaller caller, ILogger logger, CancellationToken stopping)
{
    public void Map(IEndpointRouteBuilder api) => api.MapPost("/run_sse", RunAsync).RequireRateLimiting(StudioRateLimits.Costly);

    private async Task<IResult> RunAsync(HttpRequest request)
    {
        var user = caller.Of(request);
        var body = await ApiJson.ReadAsync<RunSseRequest>(request, request.HttpContext.RequestAborted)
            ?? throw new VideoBackendException(ErrorKind.InvalidInput,
                "Send {\"app_name\":\"nemo_agent\",\"user_id\":\"me\",\"session_id\":\"…\",\"new_message\":{\"parts\":[{\"text\":\"…\"}]}}.");
        var reply = engine.SendMessageAsync(user, body.SessionId ?? "", body.Text(), stopping).GetAsyncEnumerator(stopping);
        var handedOver = false;
        try
        {
            var opening = await OpenAsync(reply);
            handedOver = opening.Ending == SseEnding.Continues;
            return new SseReply(opening, handedOver ? reply : null, logger, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw new VideoBackendException(ErrorKind.BackendUnreachable, "The studio is shutting down; send the message again once it is back.");
        }
        finally
        {
            if (!handedOver)
            {
                await reply.DisposeAsync();
            }
        }
    }

    // The turn's first events, up to the first that must go out at once (a heartbeat or text). Tool
    // events wait until then, so a refusal the turn meets first (out of credits, 2001) is still
    // answered as an error envelope rather than as a stream that stops.
    private async Task<SseOpening> OpenAsync(IAsyncEnumerator<AgentEvent> reply)
    {
        var events = new List<AgentEvent>();
        while (true)
        {
            try
            {
                if (!await reply.MoveNextAsync())
                {
                    return new SseOpening(events, SseEnding.Ended);
                }
            }
            catch (IOException e)
            {
                logger.LogInformation("A reply stream drops at its start: {Reason}", e.Message);
                return new SseOpening(events, SseEnding.Dropped, e);
            }

            events.Add(reply.Current);
            if (reply.Current is not (AgentEvent.ToolCall or AgentEvent.ToolResult))
            {
                return new SseOpening(events, SseEnding.Continues);
            }
        }
    }
}
