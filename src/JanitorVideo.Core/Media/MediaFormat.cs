namespace JanitorVideo.Core.Media;

/// <summary>One accepted file format: its name, kind, file extensions and MIME type.</summary>
public sealed record MediaFormat(string Name, MediaKind Kind, IReadOnlyList<string> Extensions, string MimeType)
{
    /// <summary>The usual extension, without the dot.</summary>
    public string Extension => Extensions[0];

    /// <summary>The FFmpeg demuxer that reads this format (named on every run, so FFmpeg never guesses); null for pictures, which FFmpeg does not open.</summary>
    public string? Demuxer { get; init; }
}
