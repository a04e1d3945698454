using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace JanitorVideo.Server.Tests.Support;

/// <summary>Keeps every rendered log line, so a test can check what the server would have written, and the events with their properties.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly ConcurrentQueue<LogEvent> events = new();

    /// <summary>Every event so far, in order.</summary>
    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent)
    {
        events.Enqueue(logEvent);
        lines.Enqueue(logEvent.RenderMessage(CultureInfo.InvariantCulture) + " " + logEvent.Exception);
    }

    public override string ToString() => string.Join("\n", lines);
}
