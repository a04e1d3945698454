using System.Text.Json.Nodes;
using JanitorVideo.Core.Errors;
using Microsoft.AspNetCore.Http;

namespace JanitorVideo.Studio.Http;

/// <summary>The answers the protocol gives: <c>{"code":0,"data":…}</c>, <c>{"success":true,"data":…}</c>, and their error forms.</summary>
internal static class ApiResponses
{
    public static IResult Ok(JsonObject data) =>
        Json(new JsonObject { ["code"] = ErrorCatalogue.Success, ["message"] = "ok", ["data"] = data }, StatusCodes.Status200OK);

    public static IResult RenderOk(JsonObject data) =>
        Json(new JsonObject { ["success"] = true, ["data"] = data }, StatusCodes.Status200OK);

    /// <summary>A render answer whose fields sit at the top level (poll shape A).</summary>
    public static IResult RenderTopLevel(JsonObject fields)
    {
        var body = new JsonObject { ["success"] = true };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            body[name] = value;
        }

        return Json(body, StatusCodes.Status200OK);
    }

    /// <summary>
    /// An error in the family's shape. Render errors carry <c>code</c> too, so a client reading either
    /// shape finds it. <paramref name="errorId"/> ties an unexpected failure to its log entry.
    /// </summary>
    /// <summary>The answer shape of the call at <paramref name="path"/>, for answers given before an endpoint is reached (guards, rate limits).</summary>
    public static ApiFamily FamilyOf(PathString path) =>
        path.StartsWithSegments(RenderEndpoints.Prefix, StringComparison.Ordinal) ? ApiFamily.Render : ApiFamily.Envelope;

    public static IResult Error(ApiFamily family, int status, int code, string message, string? errorId = null)
    {
        var body = family == ApiFamily.Render
            ? new JsonObject { ["success"] = false, ["code"] = code, ["message"] = message }
            : new JsonObject { ["code"] = code, ["message"] = message, ["data"] = null };
        if (errorId is not null)
        {
            body["error_id"] = errorId;
        }

        return Json(body, status);
    }

    public static IResult Error(ApiFamily family, ErrorKind kind, string message) =>
        Error(family, ApiErrorStatus.HttpStatus(kind), ApiErrorStatus.Code(kind), message);

    private static IResult Json(JsonObject body, int status) =>
        Results.Text(body.ToJsonString(ApiJson.Options), "application/json; charset=utf-8", statusCode: status);
}
