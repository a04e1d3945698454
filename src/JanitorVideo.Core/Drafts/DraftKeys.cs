namespace JanitorVideo.Core.Drafts;

/// <summary>
/// The short keys of NemoVideo's draft JSON, declared once for everything that reads or writes a
/// draft (the draft model, the studio's editor, the <c>animate</c> verb). The reference names only
/// the draft-level keys; the segment keys are our documented choice (see <see cref="DraftSegment"/>).
/// </summary>
public static class DraftKeys
{
    /// <summary>Draft: the tracks array.</summary>
    public const string Tracks = "t";

    /// <summary>Draft: total length in ms; segment: length in ms.</summary>
    public const string Duration = "d";

    /// <summary>Draft: the metadata object.</summary>
    public const string Metadata = "m";

    /// <summary>Track: its type number (see <see cref="TrackKind"/>).</summary>
    public const string TrackType = "tt";

    /// <summary>Track: the segments array.</summary>
    public const string Segments = "sg";

    /// <summary>Track or segment: the display name.</summary>
    public const string Name = "n";

    /// <summary>Segment: start on the timeline in ms.</summary>
    public const string Start = "s";

    /// <summary>Segment: the words of a text.</summary>
    public const string Text = "x";

    /// <summary>Segment: audio volume in percent.</summary>
    public const string Volume = "v";

    /// <summary>Segment: the media reference (a URL or a media id).</summary>
    public const string Source = "src";

    /// <summary>Segment: text style ("title", "subtitle", "caption").</summary>
    public const string Style = "style";

    /// <summary>Segment: the object of motion and effect settings.</summary>
    public const string Effects = "fx";

    /// <summary>Metadata: the project title.</summary>
    public const string Title = "title";

    /// <summary>Metadata: canvas width in pixels.</summary>
    public const string Width = "width";

    /// <summary>Metadata: canvas height in pixels.</summary>
    public const string Height = "height";

    /// <summary>Metadata: frames per second.</summary>
    public const string Fps = "fps";

    /// <summary>Metadata: the aspect ratio as text, such as "9:16".</summary>
    public const string Aspect = "aspect";
}
