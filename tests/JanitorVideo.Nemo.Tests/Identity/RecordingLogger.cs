using Microsoft.Extensions.Logging;

namespace JanitorVideo.Nemo.Tests.Identity;

/// <summary>Keeps every log line as a sink would write it (message and exception text), to check what reaches logs.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<(LogLevel Level, string Line)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Line)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        lock (_entries)
        {
            _entries.Add((logLevel, $"{formatter(state, exception)} {properties} {exception}"));
        }
    }
}
