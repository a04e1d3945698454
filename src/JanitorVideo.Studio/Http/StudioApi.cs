using JanitorVideo.Studio.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// The NemoVideo-compatible API, served by a <see cref="StudioEngine"/>: the reference's paths,
/// fields, envelopes and codes. Every call but the token call needs <c>Authorization: Bearer</c>,
/// and a token sees only its own sessions, media and renders. Render ids are the client's choice
/// and one namespace per user: another user's id is neither taken nor found.
/// </summary>
/// <remarks>
/// Where the reference is silent the studio answers: 1001 with HTTP 401, 1002 with 404, 2001 with
/// 403, 4001 with 415, 4002 with 413, bad input with 422 (the envelope's code is then the status),
/// a render id the same user already used with 409 (<c>success:false</c>), unexpected failures with
/// 500 and an error id, a body over its call's limit with 413 (code 4002 for uploads, 413 for the
/// JSON calls). Before any of that, <see cref="StudioHttpHost"/>'s guard answers a foreign Host with
/// 400, a foreign Origin with 403 and a missing access key with 401.
/// Studio extensions: <c>GET /api/media/{mediaId}</c> (what <c>cdn_url</c> points at), a
/// <c>media_id</c> on uploaded files, <c>unlimited</c> on the balance, render status
/// <c>cancelled</c>, and an <c>error</c> event when a reply is refused after its stream began.
/// </remarks>
public static class StudioApi
{
    public const string LoggerName = "JanitorVideo.Studio.Http";

    /// <summary>Maps every endpoint. A <see cref="TimeProvider"/> and <see cref="ILoggerFactory"/> are taken from the services when registered.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, StudioEngine engine, StudioHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        var services = endpoints.ServiceProvider;
        var logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(LoggerName);
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var caller = new BearerCaller(engine);

        var json = new BodyLimit(options.MaxJsonBodyBytes, options.MaxDiscardBytes);
        var api = endpoints.MapGroup("").WithMetadata(json).AddEndpointFilter(new ApiErrorFilter(ApiFamily.Envelope, logger, options.RefusalPause))
            .AddEndpointFilter(new FaultFilter(engine, ApiFamily.Envelope, logger));
        new TokenEndpoints(engine, logger).Map(api);
        new ProjectEndpoints(engine, caller).Map(api);
        new UploadEndpoints(engine, caller, options).Map(api);
        new MessageEndpoints(engine, caller, logger, stopping).Map(api);

        var renders = endpoints.MapGroup(RenderEndpoints.Prefix).WithMetadata(json).AddEndpointFilter(new ApiErrorFilter(ApiFamily.Render, logger, options.RefusalPause))
            .AddEndpointFilter(new FaultFilter(engine, ApiFamily.Render, logger));
        new RenderEndpoints(engine, caller, options).Map(renders);
    }
}
