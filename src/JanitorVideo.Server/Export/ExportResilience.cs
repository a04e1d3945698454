using JanitorVideo.Core.Errors;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace JanitorVideo.Server.Export;

/// <summary>
/// Export's rules for a render that goes wrong, as one pipeline: the whole render, retry included,
/// must finish within <see cref="ExportOptions.RenderTimeout"/>; a render the backend refuses or
/// fails is tried once more (under a new id, which the attempt itself chooses). Giving up cancels the
/// attempt's token, and the attempt cancels its render on the backend.
/// </summary>
public static class ExportResilience
{
    public static ResiliencePipeline Build(ExportOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.RenderTimeout })
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 1,
                Delay = TimeSpan.Zero,
                ShouldHandle = new PredicateBuilder().Handle<VideoBackendException>(e => e.Kind == ErrorKind.RenderFailed),
                OnRetry = arguments =>
                {
                    logger.LogWarning("A render failed ({Reason}); trying once more under a new id",
                        arguments.Outcome.Exception is VideoBackendException e ? e.Detail ?? e.Message : "no reason given");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
