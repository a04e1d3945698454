namespace JanitorVideo.Core.Media;

/// <summary>What a media file is, as far as a timeline cares.</summary>
public enum MediaKind
{
    Image,
    Video,
    Audio,
}
