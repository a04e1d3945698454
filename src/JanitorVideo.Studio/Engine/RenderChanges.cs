using System.Collections.Concurrent;

namespace JanitorVideo.Studio.Engine;

/// <summary>
/// Tells whoever waits on a render that it moved (a stored step of progress, or its end), so an
/// export in this process learns the moment its clip is ready instead of at its next poll.
/// </summary>
public sealed class RenderChanges
{
    private readonly ConcurrentDictionary<(string UserId, string RenderId), TaskCompletionSource> _next = new();

    /// <summary>
    /// Waits for the render's next change, at most <paramref name="longest"/>; true when it changed.
    /// </summary>
    public async Task<bool> WaitAsync(string userId, string renderId, TimeSpan longest, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = (userId, renderId);
        var next = _next.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await next.Task.WaitAsync(longest, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            // Nothing changed (or the last change came before this wait): nothing is left behind for a render that is over.
            _next.TryRemove(KeyValuePair.Create(key, next));
            return false;
        }
        catch (OperationCanceledException)
        {
            _next.TryRemove(KeyValuePair.Create(key, next));
            throw;
        }
    }

    /// <summary>The render changed: its waiters go on.</summary>
    public void Changed(string userId, string renderId)
    {
        if (_next.TryRemove((userId, renderId), out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}
