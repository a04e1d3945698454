using System.Globalization;

namespace JanitorVideo.Core.Drafts;

/// <summary>
/// Describes a draft in the reference's words, for example
/// <c>Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: "Urban Dreams" (0-3s)</c>.
/// </summary>
/// <remarks>
/// Each track is "N. Label: items", its segments comma-separated as "name (start-end s, volume%)".
/// Labels: tt 0 "Video", tt 1 "BGM", tt 7 "Title", "Subtitle" or "Caption" by the segments' style
/// ("Text" when they mix styles), any other "Track (type N)".
/// Texts are quoted; a segment without a name reads "clip", "music" or its text. Output stays
/// bounded: long texts are cut at about 60 characters, a track lists at most 12 segments and the
/// timeline at most 20 tracks, each followed by "… and N more".
/// </remarks>
public static class TimelineSummary
{
    /// <summary>The whole answer for a draft that cannot be exported yet.</summary>
    public const string EmptyTimeline = "Timeline is empty: nothing to export yet.";

    private const int MaxTracks = 20;

    /// <summary>The timeline on one line, ready to show the user.</summary>
    public static string Describe(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.IsReadyForExport)
        {
            return EmptyTimeline;
        }

        var count = draft.Tracks.Count;
        var header = string.Create(CultureInfo.InvariantCulture, $"Timeline ({count} {(count == 1 ? "track" : "tracks")}):");
        return header + " " + string.Join(" ", DescribeLines(draft));
    }

    /// <summary>
    /// One line per track ("1. Video: city timelapse (0-10s)"), or the single line
    /// <see cref="EmptyTimeline"/> when the draft cannot be exported yet.
    /// </summary>
    public static IReadOnlyList<string> DescribeLines(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.IsReadyForExport)
        {
            return [EmptyTimeline];
        }

        var lines = draft.Tracks
            .Take(MaxTracks)
            .Select((track, index) => string.Create(
                CultureInfo.InvariantCulture,
                $"{index + 1}. {DraftWording.TrackLabel(track)}: {DraftWording.Items(track, quoteNames: false)}"))
            .ToList();
        var hidden = draft.Tracks.Count - lines.Count;
        if (hidden > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"… and {hidden} more {(hidden == 1 ? "track" : "tracks")}"));
        }

        return lines;
    }
}
