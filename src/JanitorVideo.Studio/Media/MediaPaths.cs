using JanitorVideo.Core.Media;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// Where media files live, relative to the store's folder (always with '/'): bytes under their
/// hash, so the same bytes are kept once whoever uploads them.
/// </summary>
internal static class MediaPaths
{
    /// <summary>Uploads being received; a file here is never referenced by a record.</summary>
    public const string Incoming = "media/.incoming";

    /// <summary>The bytes with <paramref name="hash"/> (lower-case SHA-256 hex).</summary>
    public static string Stored(string hash, MediaFormat format) => $"media/{hash[..2]}/{hash}.{format.Extension}";

    /// <summary>The thumbnail of the bytes with <paramref name="hash"/>.</summary>
    public static string Thumbnail(string hash) => $"media/thumbs/{hash}.jpg";
}
