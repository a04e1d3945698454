namespace JanitorVideo.Core.Errors;

/// <summary>
/// A failure the user should hear about. <see cref="Exception.Message"/> is written for the user:
/// plain words, no stack trace, no token. Diagnostic detail for the log goes in <see cref="Detail"/>.
/// </summary>
public sealed class VideoBackendException : Exception
{
    public VideoBackendException(ErrorKind kind, string userMessage, string? detail = null, Exception? inner = null)
        : base(userMessage, inner)
    {
        Kind = kind;
        Detail = detail;
    }

    /// <summary>An exception carrying the catalogue's words for <paramref name="kind"/>.</summary>
    public VideoBackendException(ErrorKind kind)
        : this(kind, ErrorCatalogue.Explain(kind))
    {
    }

    public ErrorKind Kind { get; }

    /// <summary>Extra detail for the log (never shown to the agent; must not hold secrets).</summary>
    public string? Detail { get; }
}
