using System.Text.Json.Nodes;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Http.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JanitorVideo.Studio.Http;

/// <summary>Sessions, a session's state, and the caller's credits.</summary>
internal sealed class ProjectEndpoints(StudioEngine engine, BearerCaller caller)
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/api/tasks/me/with-session/nemo_agent", CreateSessionAsync);
        api.MapGet("/api/state/nemo_agent/me/{sid}/latest", State);
        api.MapGet("/api/credits/balance/simple", Balance);
    }

    private async Task<IResult> CreateSessionAsync(HttpRequest request)
    {
        var user = caller.Of(request);
        var body = await ApiJson.ReadAsync<NewSessionRequest>(request, request.HttpContext.RequestAborted);
        var session = engine.CreateSession(user, body?.Language ?? "en");
        return ApiResponses.Ok(new JsonObject
        {
            ["task_id"] = session.TaskId,
            ["session_id"] = session.SessionId,
            ["user_id"] = session.UserId,
        });
    }

    private IResult State(string sid, HttpRequest request)
    {
        var user = caller.Of(request);
        var (_, state) = engine.State(user, sid, media => ApiLinks.Media(request, media.MediaId), job => ApiLinks.Download(request, job.RenderId));
        return ApiResponses.Ok(new JsonObject { ["state"] = state });
    }

    private IResult Balance(HttpRequest request)
    {
        var balance = engine.Balance(caller.Of(request));
        return ApiResponses.Ok(new JsonObject
        {
            ["available"] = balance.Available,
            ["frozen"] = balance.Frozen,
            ["total"] = balance.Total,
            ["unlimited"] = balance.Unlimited,
        });
    }
}
