namespace JanitorVideo.Core.Drafts;

/// <summary>
/// What a track holds, from its <c>tt</c> number. Numbers the model does not know map to
/// <see cref="Unknown"/>; <see cref="DraftTrack.TypeCode"/> keeps the raw number.
/// </summary>
public enum TrackKind
{
    /// <summary>A <c>tt</c> number the model does not know, or no usable <c>tt</c> at all.</summary>
    Unknown = -1,

    /// <summary><c>tt</c> 0: video clips.</summary>
    Video = 0,

    /// <summary><c>tt</c> 1: audio, usually background music (BGM).</summary>
    Audio = 1,

    /// <summary><c>tt</c> 7: text (titles, subtitles, captions).</summary>
    Text = 7,
}
