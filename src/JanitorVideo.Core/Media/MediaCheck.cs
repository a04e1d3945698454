using JanitorVideo.Core.Errors;

namespace JanitorVideo.Core.Media;

/// <summary>The verdict on one file offered for upload: accepted with its sniffed format, or refused with a reason.</summary>
public sealed record MediaCheck
{
    private MediaCheck(MediaFormat? format, ErrorKind? error, string? reason)
    {
        Format = format;
        Error = error;
        Reason = reason;
    }

    /// <summary>The format found in the content; null when refused.</summary>
    public MediaFormat? Format { get; }

    /// <summary>Why the file was refused (maps to the catalogue's 4001/4002); null when accepted.</summary>
    public ErrorKind? Error { get; }

    /// <summary>Plain words for the user when refused.</summary>
    public string? Reason { get; }

    public bool IsAccepted => Format is not null;

    public static MediaCheck Accepted(MediaFormat format) => new(format, null, null);

    public static MediaCheck Refused(ErrorKind error, string reason) => new(null, error, reason);
}
