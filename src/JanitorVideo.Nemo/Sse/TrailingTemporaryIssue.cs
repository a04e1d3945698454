using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Translation;

namespace JanitorVideo.Nemo.Sse;

/// <summary>
/// The reference's rule "a trailing 'I encountered a temporary issue' after normal replies is
/// ignored", over a reply's events: a text event that is only that notice (in
/// <see cref="GuiPhraseTable.TemporaryIssue"/>'s words, English or Chinese, with an optional
/// "please try again") is dropped when a normal text came before it and none after it. Alone, or
/// before the agent's real answer, it is kept: then it is all the user has to go on.
/// </summary>
/// <remarks>
/// Whether the notice trails is known only when the stream ends, so it is held back until then (or
/// until a normal text shows it did not trail); other events pass at once, so heartbeats keep their
/// timing. A notice inside a longer text is <see cref="GuiTranslator"/>'s, which applies the same
/// rule sentence by sentence once the texts are joined.
/// </remarks>
public static class TrailingTemporaryIssue
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // A guard against pathological input only, as in GuiTranslator.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly Regex Notice = new(GuiPhraseTable.TemporaryIssue, Options, MatchTimeout);
    private static readonly Regex RetryAdvice = new(GuiPhraseTable.RetryAdvice, Options, MatchTimeout);
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?。！？])\s*", Options, MatchTimeout);

    /// <summary>The events of a whole reply, with a trailing notice left out.</summary>
    public static IEnumerable<AgentEvent> Drop(IEnumerable<AgentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return Iterate(events);

        static IEnumerable<AgentEvent> Iterate(IEnumerable<AgentEvent> events)
        {
            var state = new Held();
            foreach (var item in events)
            {
                foreach (var output in state.Next(item))
                {
                    yield return output;
                }
            }
        }
    }

    /// <summary>The events of a streamed reply, with a trailing notice left out; the others pass as they come.</summary>
    public static IAsyncEnumerable<AgentEvent> DropAsync(IAsyncEnumerable<AgentEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return Iterate(events, cancellationToken);

        static async IAsyncEnumerable<AgentEvent> Iterate(IAsyncEnumerable<AgentEvent> events, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var state = new Held();
            await foreach (var item in events.WithCancellation(cancellationToken))
            {
                foreach (var output in state.Next(item))
                {
                    yield return output;
                }
            }
        }
    }

    /// <summary>True when <paramref name="text"/> is the notice and nothing else (besides a "please try again").</summary>
    public static bool IsNotice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceEnd.Split(text.Trim()).Where(s => s.Length > 0).ToList();
        return sentences.Count is 1 or 2
            && Notice.IsMatch(sentences[0])
            && (sentences.Count == 1 || RetryAdvice.IsMatch(sentences[1]));
    }

    private static bool IsRetryAdvice(string text) =>
        SentenceEnd.Split(text.Trim()).Count(s => s.Length > 0) == 1 && RetryAdvice.IsMatch(text.Trim());

    // The texts held back since the last normal text; what is held when the stream ends is dropped.
    private sealed class Held
    {
        private readonly List<AgentEvent.Text> _texts = [];
        private bool _spoke;

        public AgentEvent[] Next(AgentEvent item)
        {
            if (item is not AgentEvent.Text text)
            {
                return [item];
            }

            // A "please try again" in an event of its own goes with the notice held before it.
            if (string.IsNullOrWhiteSpace(text.Content) || IsNotice(text.Content)
                || (_texts.Count > 0 && IsRetryAdvice(text.Content)))
            {
                return Hold(text);
            }

            _spoke = true;
            AgentEvent[] released = [.. _texts, text];
            _texts.Clear();
            return released;
        }

        private AgentEvent[] Hold(AgentEvent.Text text)
        {
            if (!_spoke)
            {
                return [text];
            }

            _texts.Add(text);
            return [];
        }
    }
}
