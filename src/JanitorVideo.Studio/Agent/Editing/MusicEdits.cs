using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>The editor's music steps: one piece of music under the whole clip.</summary>
internal static class MusicEdits
{
    public static void Set(DraftTree tree, IReadOnlyList<MediaItem> media, SetMusic step)
    {
        var name = DraftConventions.BedName(step.Source)
            ?? media.FirstOrDefault(item => item.Id == step.Source)?.DisplayName
            ?? step.Source;
        var tracks = tree.TracksOf(TrackKind.Audio);
        var track = tracks.FirstOrDefault() ?? tree.EnsureTrack(TrackKind.Audio);

        // Replacing the music: other pieces go, the first keeps its unknown fields.
        foreach (var other in tracks.Skip(1))
        {
            tree.Tracks.Remove(other);
        }

        var segments = DraftTree.SegmentArray(track);
        var existing = DraftTree.Segments(track);
        foreach (var extra in existing.Skip(1))
        {
            segments.Remove(extra);
        }

        var segment = existing.FirstOrDefault();
        if (segment is null)
        {
            segment = [];
            segments.Add(segment);
        }

        DraftTree.SetTimes(segment, 0, tree.ClipMs());
        DraftValues.SetText(segment, DraftKeys.Name, name);
        DraftValues.SetText(segment, DraftKeys.Source, step.Source);
        var volume = step.VolumePercent ?? DraftValues.Number(segment, DraftKeys.Volume) ?? DraftConventions.DefaultVolumePercent;
        DraftValues.SetNumber(segment, DraftKeys.Volume, volume);
    }

    public static void SetVolume(DraftTree tree, SetVolume step)
    {
        foreach (var segment in tree.TracksOf(TrackKind.Audio).SelectMany(DraftTree.Segments))
        {
            DraftValues.SetNumber(segment, DraftKeys.Volume, step.VolumePercent);
        }
    }

    public static void Remove(DraftTree tree)
    {
        foreach (var track in tree.TracksOf(TrackKind.Audio))
        {
            tree.Tracks.Remove(track);
        }
    }
}
