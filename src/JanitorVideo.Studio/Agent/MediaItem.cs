using JanitorVideo.Render.Framing;

namespace JanitorVideo.Studio.Agent;

/// <summary>One uploaded file of the session, as the agent sees it.</summary>
/// <param name="Id">The media id that draft segments point at in <c>src</c>, such as "m_ab12cd".</param>
/// <param name="Kind">"image", "video" or "audio".</param>
/// <param name="Name">The file name as uploaded ("druid.png"); segments show it without the extension.</param>
/// <param name="Width">Pixel width, when known.</param>
/// <param name="Height">Pixel height, when known.</param>
/// <param name="DurationSeconds">Play length of audio or video, when known.</param>
/// <param name="Framing">A still picture's subject as found at upload, for saying how it is framed; null when not known.</param>
public sealed record MediaItem(string Id, string Kind, string Name, int? Width, int? Height, double? DurationSeconds, FramingFacts? Framing = null)
{
    /// <summary>True for a still or animated picture that can be animated.</summary>
    public bool IsImage => string.Equals(Kind, "image", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a song or sound file that can play under the clip.</summary>
    public bool IsAudio => string.Equals(Kind, "audio", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name a segment shows: the file name without its extension.</summary>
    public string DisplayName => Path.GetFileNameWithoutExtension(Name) is { Length: > 0 } stem ? stem : Name;
}
