namespace JanitorVideo.Nemo.Sse;

/// <summary>
/// Follows the lines of an event stream as its bytes go by, so that when it ends we know whether
/// an event was left unfinished. <c>SseParser</c> drops such an event silently, as the SSE standard
/// says, and does not tell; a reply cut there is incomplete even when the HTTP body ended normally.
/// </summary>
internal sealed class EventBoundary
{
    private bool _inLine;
    private bool _lineIsComment;
    private bool _fieldsPending;
    private bool _afterCr;

    /// <summary>True once a read reported the end of the stream.</summary>
    public bool Ended { get; private set; }

    /// <summary>
    /// True when the bytes so far stop inside an event: a field line without the blank line that
    /// would dispatch it. Comments between events do not count.
    /// </summary>
    public bool InsideEvent => _fieldsPending || (_inLine && !_lineIsComment);

    /// <summary>
    /// Follows the bytes of one read. <paramref name="asked"/> is the room the read had: an empty
    /// answer to a read with room is the end, to a read of no room it is nothing.
    /// </summary>
    public void Observe(int asked, ReadOnlySpan<byte> bytes)
    {
        // Lines end with CR, LF or CRLF (a CRLF may straddle two reads); an empty line ends an event.
        if (bytes.IsEmpty)
        {
            Ended |= asked > 0;
            return;
        }

        while (!bytes.IsEmpty)
        {
            if (_afterCr && bytes[0] == (byte)'\n')
            {
                _afterCr = false;
                bytes = bytes[1..];
                continue;
            }

            _afterCr = false;
            var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
            var text = end < 0 ? bytes : bytes[..end];
            if (!text.IsEmpty && !_inLine)
            {
                _inLine = true;
                _lineIsComment = text[0] == (byte)':';
            }

            if (end < 0)
            {
                return;
            }

            if (!_inLine)
            {
                _fieldsPending = false;
            }
            else if (!_lineIsComment)
            {
                _fieldsPending = true;
            }

            _inLine = false;
            _afterCr = bytes[end] == (byte)'\r';
            bytes = bytes[(end + 1)..];
        }
    }
}
