namespace JanitorVideo.Core.Drafts;

/// <summary>What kind of change a <see cref="DraftChange"/> reports.</summary>
public enum DraftChangeKind
{
    /// <summary>Something changed that the model does not interpret (unknown fields, track order, names).</summary>
    TimelineChanged,

    /// <summary>A track appeared.</summary>
    TrackAdded,

    /// <summary>A track disappeared.</summary>
    TrackRemoved,

    /// <summary>A segment appeared on a track.</summary>
    SegmentAdded,

    /// <summary>A segment disappeared from a track.</summary>
    SegmentRemoved,

    /// <summary>A segment starts at another time but keeps its length.</summary>
    SegmentMoved,

    /// <summary>A segment got shorter or longer.</summary>
    SegmentResized,

    /// <summary>A clip or piece of music points at other media or has another name.</summary>
    SegmentReplaced,

    /// <summary>The words of a text segment changed.</summary>
    TextChanged,

    /// <summary>A text segment's style (title, subtitle, caption) changed.</summary>
    StyleChanged,

    /// <summary>A segment's volume changed.</summary>
    VolumeChanged,

    /// <summary>A segment's motion or effect settings changed.</summary>
    EffectsChanged,

    /// <summary>The timeline got shorter or longer.</summary>
    DurationChanged,

    /// <summary>The canvas size or aspect ratio changed.</summary>
    CanvasChanged,

    /// <summary>The frame rate changed.</summary>
    FrameRateChanged,

    /// <summary>The project title in the metadata changed.</summary>
    TitleChanged,
}
