namespace JanitorVideo.Render.Ffmpeg;

/// <summary>How hard x264 works: faster encodes make larger files at the same quality.</summary>
public enum EncodeQuality
{
    /// <summary>x264 preset ultrafast: previews.</summary>
    Draft,

    /// <summary>x264 preset veryfast: the default.</summary>
    Standard,

    /// <summary>x264 preset medium: final exports when time allows.</summary>
    High,
}
