namespace JanitorVideo.Core;

/// <summary>
/// Reports progress on the reporting thread, in order. <see cref="Progress{T}"/> posts each report
/// to the thread pool, so a bar could show 176/180 after "Verifying".
/// </summary>
public sealed class DirectProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
