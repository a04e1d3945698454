using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>The editor's music steps: one piece of music under the whole clip.</summary>
internal static class MusicEdits
{
    public static void Set(DraftTree tree, SetMusic step)
    {
        var name = DraftConventions.BedName(step.Source)
            ?? tree.Media.FirstOrDefault(item => item.Id == step.Source)?.DisplayName
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
        JsonScalars.SetText(segment, DraftTree.NameKey, name);
        JsonScalars.SetText(segment, DraftTree.SourceKey, step.Source);
        var volume = step.VolumePercent ?? JsonScalars.Number(segment, DraftTree.VolumeKey) ?? DraftConventions.DefaultVolumePercent;
        JsonScalars.SetNumber(segment, DraftTree.VolumeKey, volume);
    }

    public static void SetVolume(DraftTree tree, SetVolume step)
    {
        foreach (var segment in tree.TracksOf(TrackKind.Audio).SelectMany(DraftTree.Segments))
        {
            JsonScalars.SetNumber(segment, DraftTree.VolumeKey, step.VolumePercent);
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
