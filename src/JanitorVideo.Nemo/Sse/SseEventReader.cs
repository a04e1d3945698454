using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using JanitorVideo.Core.Backend;

namespace JanitorVideo.Nemo.Sse;

/// <summary>
/// Reads the agent's reply stream (<c>POST /run_sse</c>'s body) as <see cref="AgentEvent"/>s, one
/// event at a time as it arrives: the body is never held whole, only the event being read.
/// </summary>
/// <remarks>
/// Framing (<c>data:</c> lines, data over several lines, comments, CR/LF/CRLF) is
/// <see cref="SseParser"/>'s; what each event means is <see cref="AgentEventPayload"/>'s. Time
/// limits are not kept here: the 15-minute cap on one stream covers the whole request and belongs
/// with the HTTP call, and "heartbeats only for 10 minutes" is the conversation's rule for either
/// backend. Both reach the reading as the <see cref="CancellationToken"/>.
/// </remarks>
public sealed class SseEventReader
{
    private readonly Stream _body;
    private readonly EventBoundary _boundary = new();
    private int _started;

    /// <param name="body">The response body, read from its current position; the caller disposes it.</param>
    public SseEventReader(Stream body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = body;
    }

    /// <summary>How the stream ended; <see cref="SseStreamEnding.NotEnded"/> until it has.</summary>
    public SseStreamEnding Ending =>
        !_boundary.Ended ? SseStreamEnding.NotEnded
        : _boundary.InsideEvent ? SseStreamEnding.InsideEvent
        : SseStreamEnding.BetweenEvents;

    /// <summary>
    /// The events in the order they arrive, ending when the stream ends. Can be enumerated once.
    /// A connection that breaks surfaces as the body's <see cref="IOException"/>; an unfinished last
    /// event is not invented (see <see cref="Ending"/>).
    /// </summary>
    /// <exception cref="Core.Errors.VideoBackendException">The service reported a failure on the stream.</exception>
    public async IAsyncEnumerable<AgentEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("A reply stream can be read only once.");
        }

        // The reference's events are unnamed (their kind is the JSON's "type"), so the SSE event type is not consulted.
        await using var observed = new ObservedStream(_body, _boundary);
        var parser = SseParser.Create(observed, static (_, data) => AgentEventPayload.Parse(data));
        await foreach (var item in parser.EnumerateAsync(cancellationToken))
        {
            yield return item.Data;
        }
    }
}
