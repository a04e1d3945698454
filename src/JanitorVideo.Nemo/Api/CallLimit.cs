using JanitorVideo.Core.Errors;

namespace JanitorVideo.Nemo.Api;

/// <summary>How every call to the service fails when it is not the service that said no.</summary>
internal static class CallLimit
{
    /// <summary>
    /// Runs <paramref name="work"/>: its own limit running out (not the caller cancelling) becomes a
    /// timeout in plain words, a failed connection (address, TLS, a cut mid-body) an unreachable service.
    /// </summary>
    public static async Task<T> WithinAsync<T>(CancellationTokenSource limit, Func<Task<T>> work, CancellationToken caller)
    {
        try
        {
            return await work();
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            throw new VideoBackendException(ErrorKind.Timeout,
                "The video service did not answer in time, so the request was given up. Your project is kept; try again in a moment.");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // Nothing the service said, so the catalogue's words and the fix.
            throw new VideoBackendException(ErrorKind.BackendUnreachable, ErrorCatalogue.Explain(ErrorKind.BackendUnreachable), e.Message, e);
        }
    }
}
