using JanitorVideo.Core.Drafts;
using JanitorVideo.Render.Audio;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// The music of a draft: the first audio segment with a <c>src</c>, covering the whole video
/// whatever its own times say (the studio writes one, covering the clip).
/// </summary>
internal static class DraftMusic
{
    /// <summary>The music, or null when the draft has none.</summary>
    /// <exception cref="Core.Errors.VideoBackendException">An uploaded track the project no longer has, or a bed that does not exist.</exception>
    public static PlannedMusic? Read(Draft draft, Func<string, string?> mediaPath)
    {
        var segment = draft.Tracks
            .Where(track => track.Kind == TrackKind.Audio)
            .SelectMany(track => track.Segments)
            .FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate.Source));
        if (segment?.Source is not { } source)
        {
            return null;
        }

        var name = segment.Name ?? source;
        var volume = Math.Clamp(segment.Volume ?? DraftConventions.DefaultVolumePercent, 0, 100) / 100;
        if (source.StartsWith(DraftConventions.BedPrefix, StringComparison.Ordinal))
        {
            var bedName = source[DraftConventions.BedPrefix.Length..];
            var bed = MusicBeds.All.FirstOrDefault(entry => string.Equals(entry.Name, bedName, StringComparison.OrdinalIgnoreCase));
            return bed.Name is null
                ? throw RenderRefusals.UnknownBed(bedName)
                : new PlannedMusic(DraftConventions.BedName(source) ?? bed.Name, MusicSpec.FromBed(bed.Bed) with { Volume = volume });
        }

        return mediaPath(source) is { Length: > 0 } path
            ? new PlannedMusic(name, MusicSpec.FromFile(path) with { Volume = volume })
            : throw RenderRefusals.MissingMusic(name);
    }
}
