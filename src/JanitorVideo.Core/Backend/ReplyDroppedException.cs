namespace JanitorVideo.Core.Backend;

/// <summary>
/// The reply stream of a message the backend had accepted broke before it ended (the connection
/// dropped). The work may still be running or already done: the message must not be sent again
/// (it would be done and charged twice); read the state to learn what it did.
/// </summary>
public sealed class ReplyDroppedException : Exception
{
    public ReplyDroppedException(string reason, Exception? inner = null)
        : base($"The reply stream dropped before it ended: {reason}", inner)
    {
    }

    public ReplyDroppedException()
        : this("no reason given")
    {
    }

    public ReplyDroppedException(string reason)
        : this(reason, null)
    {
    }
}
