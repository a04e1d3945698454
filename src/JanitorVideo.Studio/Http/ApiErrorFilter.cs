using System.Text.Json;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// Turns what an endpoint throws into the protocol's error answer: the user's words and the code,
/// never a stack trace. Unexpected failures get an error id; their details go to the log only.
/// </summary>
/// A refusal to slow down (429) is sent after <paramref name="refusalPause"/>, as the rate limiter's are.
internal sealed class ApiErrorFilter(ApiFamily family, ILogger logger, TimeSpan refusalPause) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: there is nobody to answer.
            throw;
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            if (e is VideoBackendException { Kind: ErrorKind.RateLimited })
            {
                // A client that asks again at once, ignoring Retry-After, is slowed to the pace of its open requests.
                await Task.Delay(refusalPause, http.RequestAborted);
            }

            return Translate(e, http.Request);
        }
    }

    private IResult BodyTooLarge(string limit) =>
        ApiResponses.Error(family, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status413PayloadTooLarge,
            $"The request's body is over {limit}; send a smaller one (files go to the upload call).");

    private IResult Translate(Exception exception, HttpRequest request)
    {
        switch (exception)
        {
            case VideoBackendException e:
                logger.LogInformation("{Method} {Path} refused: {Kind} {Detail}", request.Method, request.Path, e.Kind, e.Detail);
                return ApiResponses.Error(family, e.Kind, e.Message);
            case DuplicateRenderIdException e:
                logger.LogInformation("{Method} {Path} refused: render id {RenderId} is taken", request.Method, request.Path, e.RenderId);
                return ApiResponses.Error(family, ApiErrorStatus.DuplicateRenderId, ApiErrorStatus.DuplicateRenderId, e.Message);
            case BodyTooLargeException e:
                // Uploads answer their own 4002; this is any other call's body over its limit.
                logger.LogInformation("{Method} {Path} refused: the body is over {Limit} bytes", request.Method, request.Path, e.Limit);
                return BodyTooLarge($"the {BodyLimit.Describe(e.Limit)} this call takes");
            case BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge:
                logger.LogInformation("{Method} {Path} refused: the body is over the server's limit", request.Method, request.Path);
                return BodyTooLarge("what this call takes");
            case BadHttpRequestException or JsonException:
                logger.LogInformation("{Method} {Path} refused: the body could not be read ({Reason})", request.Method, request.Path, exception.Message);
                return ApiResponses.Error(family, ErrorKind.InvalidInput, "The request's body could not be read; send it again.");
            default:
                var errorId = ErrorIds.New();
                logger.LogError(exception, "Unexpected failure on {Method} {Path} (error id {ErrorId})", request.Method, request.Path, errorId);
                return ApiResponses.Error(family, ApiErrorStatus.HttpStatus(ErrorKind.Unexpected), ApiErrorStatus.Code(ErrorKind.Unexpected),
                    ErrorIds.Explain(errorId), errorId);
        }
    }
}
