using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>What a viewer would see and hear in a draft, read by <see cref="DraftConventions"/>, for the replies.</summary>
internal sealed record ClipFacts(
    IReadOnlyList<ImageFacts> Images,
    IReadOnlyList<TextFacts> Texts,
    MusicFacts? Music,
    long LengthMs,
    string Aspect,
    int? Width,
    int? Height)
{
    public static ClipFacts Read(Draft draft)
    {
        var video = draft.Tracks.FirstOrDefault(track => track.Kind == TrackKind.Video);
        var images = (video?.Segments ?? []).Select((segment, index) => ImageFacts.Read(segment, index)).ToList();
        var texts = draft.Tracks.Where(track => track.Kind == TrackKind.Text)
            .SelectMany(track => track.Segments)
            .Select(segment => new TextFacts(
                segment.Text ?? string.Empty,
                segment.Style ?? "title",
                segment.StartMs ?? 0,
                segment.EndMs ?? segment.StartMs ?? 0,
                segment.GetEffects() is { } fx ? DraftValues.Text(fx, DraftConventions.PlacementKey) : null))
            .ToList();
        var song = draft.Tracks.Where(track => track.Kind == TrackKind.Audio).SelectMany(track => track.Segments).FirstOrDefault();
        var music = song is null
            ? null
            : new MusicFacts(song.Name ?? song.Source ?? "music", song.Source ?? string.Empty, song.Volume ?? DraftConventions.DefaultVolumePercent);
        var length = images.Count > 0 ? images.Max(image => image.EndMs) : draft.DurationMs ?? 0;
        var metadata = draft.Metadata;
        var aspect = metadata.Aspect is { } written && DraftConventions.Aspects.Contains(written)
            ? written
            : (metadata.Width, metadata.Height) switch
            {
                ({ } width, { } height) when width > height => "16:9",
                ({ } width, { } height) when width == height => "1:1",
                _ => DraftConventions.DefaultAspect,
            };
        return new ClipFacts(images, texts, music, length, aspect, metadata.Width, metadata.Height);
    }
}
