using System.Globalization;
using System.Text;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// The words shared by <see cref="TimelineSummary"/> and <see cref="DraftDiff"/>: track labels,
/// segment names, time ranges and volumes, so a summary and a change report name things alike.
/// </summary>
internal static class DraftWording
{
    /// <summary>Longer texts and names are cut here, so one odd segment cannot flood a reply.</summary>
    public const int MaxTextLength = 60;

    /// <summary>Segments listed per track before the rest are counted as "… and N more".</summary>
    public const int MaxSegmentsPerTrack = 12;

    /// <summary>Stands for a value that is absent, in "before → after" descriptions.</summary>
    public const string None = "(none)";

    private const string Ellipsis = "…";

    /// <summary>
    /// "Video", "BGM", "Title"/"Subtitle"/"Caption" by the segments' style ("Text" when they
    /// differ) or "Track (type N)".
    /// </summary>
    public static string TrackLabel(DraftTrack track) => track.Kind switch
    {
        TrackKind.Video => "Video",
        TrackKind.Audio => "BGM",
        TrackKind.Text => TextTrackLabel(track),
        _ => track.TypeCode is { } code ? string.Create(CultureInfo.InvariantCulture, $"Track (type {code})") : "Track",
    };

    /// <summary>The track as the subject of a sentence: "Video track", "Track (type 5)".</summary>
    public static string TrackNoun(DraftTrack track) =>
        track.Kind == TrackKind.Unknown ? TrackLabel(track) : TrackLabel(track) + " track";

    /// <summary>The segment as the subject of a sentence: "Video clip", "Music", "Title", "Clip".</summary>
    public static string SegmentNoun(DraftTrack track, DraftSegment segment) => track.Kind switch
    {
        TrackKind.Video => "Video clip",
        TrackKind.Audio => "Music",
        TrackKind.Text => TextLabel(segment.Style),
        _ => "Clip",
    };

    private static string TextTrackLabel(DraftTrack track)
    {
        var labels = track.Segments.Select(segment => TextLabel(segment.Style)).Distinct().Take(2).ToList();
        return labels.Count switch
        {
            0 => TextLabel(null),
            1 => labels[0],
            _ => "Text",
        };
    }

    /// <summary>"Title" unless the style says subtitle or caption.</summary>
    public static string TextLabel(string? style) => style?.Trim().ToUpperInvariant() switch
    {
        "SUBTITLE" => "Subtitle",
        "CAPTION" => "Caption",
        _ => "Title",
    };

    /// <summary>
    /// What the user sees of a segment: a text in quotes, else its name, else a plain noun
    /// ("clip", "music", "text", "item"). Names are quoted on request.
    /// </summary>
    public static string Display(DraftTrack track, DraftSegment segment, bool quoteNames)
    {
        if (track.Kind == TrackKind.Text || (track.Kind == TrackKind.Unknown && segment.Name is null))
        {
            if (segment.Text is { } text)
            {
                return Quote(text);
            }
        }

        if (segment.Name is { } name)
        {
            return quoteNames ? Quote(name) : Clip(name);
        }

        return track.Kind switch
        {
            TrackKind.Video => "clip",
            TrackKind.Audio => "music",
            TrackKind.Text => "text",
            _ => "item",
        };
    }

    /// <summary>"city timelapse (0-10s, 35%)": display, time range and, on request, volume.</summary>
    public static string Item(DraftTrack track, DraftSegment segment, bool quoteNames, bool includeVolume)
    {
        var details = new List<string>(2);
        if (Range(segment) is { } range)
        {
            details.Add(range);
        }

        if (includeVolume && segment.Volume is { } volume)
        {
            details.Add(Percent(volume));
        }

        var display = Display(track, segment, quoteNames);
        return details.Count == 0 ? display : $"{display} ({string.Join(", ", details)})";
    }

    /// <summary>The track's segments, comma-separated and capped; "(empty)" when it has none.</summary>
    public static string Items(DraftTrack track, bool quoteNames)
    {
        if (track.Segments.Count == 0)
        {
            return "(empty)";
        }

        var items = track.Segments
            .Take(MaxSegmentsPerTrack)
            .Select(segment => Item(track, segment, quoteNames, includeVolume: true))
            .ToList();
        var hidden = track.Segments.Count - items.Count;
        if (hidden > 0)
        {
            items.Add(string.Create(CultureInfo.InvariantCulture, $"{Ellipsis} and {hidden} more"));
        }

        return string.Join(", ", items);
    }

    /// <summary>"0-10s", "2.5-4s", "from 2s" without a duration; null when neither is known.</summary>
    public static string? Range(DraftSegment segment)
    {
        if (segment.DurationMs is not null)
        {
            return $"{Number(segment.StartMs ?? 0)}-{Number(segment.EndMs!.Value)}s";
        }

        return segment.StartMs is { } start ? $"from {Seconds(start)}" : null;
    }

    /// <summary>"10s", "2.5s", "0.25s".</summary>
    public static string Seconds(long ms) => Number(ms) + "s";

    /// <summary>"35%", "12.5%".</summary>
    public static string Percent(double percent) =>
        percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>The text cleaned and cut (see <see cref="Clip"/>) in double quotes.</summary>
    public static string Quote(string text) => $"\"{Clip(text)}\"";

    /// <summary>
    /// One line of at most <see cref="MaxTextLength"/> characters: whitespace and control
    /// characters fold into single spaces, and a longer text ends in an ellipsis. Cuts fall
    /// between whole characters, so an emoji or accent is never split.
    /// </summary>
    public static string Clip(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxTextLength * 2));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var line = builder.ToString();
        var info = new StringInfo(line);
        return info.LengthInTextElements <= MaxTextLength
            ? line
            : info.SubstringByTextElements(0, MaxTextLength - 1).TrimEnd() + Ellipsis;
    }

    /// <summary>The text quoted, or <see cref="None"/>.</summary>
    public static string QuoteOrNone(string? text) => text is null ? None : Quote(text);

    /// <summary>The text cleaned and cut, or <see cref="None"/>.</summary>
    public static string ClipOrNone(string? text) => text is null ? None : Clip(text);

    private static string Number(long ms) => (ms / 1000m).ToString("0.###", CultureInfo.InvariantCulture);
}
