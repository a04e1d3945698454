using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// A private, mutable copy of a draft's JSON that the editor changes in place and turns back into
/// a <see cref="Draft"/> at the end. Tracks are found by their <c>tt</c> number; segments are the
/// objects in a track's <c>sg</c>, as <see cref="DraftTrack.Segments"/> counts them.
/// </summary>
internal sealed class DraftTree(JsonObject root, IReadOnlyList<MediaItem> media)
{
    public const string TracksKey = "t", TypeKey = "tt", SegmentsKey = "sg", DurationKey = "d", MetadataKey = "m";
    public const string StartKey = "s", NameKey = "n", SourceKey = "src", TextKey = "x", VolumeKey = "v",
        StyleKey = "style", EffectsKey = "fx";

    public JsonObject Root { get; } = root;

    public IReadOnlyList<MediaItem> Media { get; } = media;

    public JsonObject Metadata => JsonScalars.Child(Root, MetadataKey);

    public JsonArray Tracks
    {
        get
        {
            if (Root[TracksKey] is not JsonArray tracks)
            {
                tracks = [];
                Root[TracksKey] = tracks;
            }

            return tracks;
        }
    }

    /// <summary>Every track object of a kind, in order.</summary>
    public List<JsonObject> TracksOf(TrackKind kind) =>
        Tracks.OfType<JsonObject>().Where(track => JsonScalars.Number(track, TypeKey) == (int)kind).ToList();

    /// <summary>The first track of a kind, or null.</summary>
    public JsonObject? FirstTrack(TrackKind kind) => TracksOf(kind).FirstOrDefault();

    /// <summary>The first track of a kind, created when missing: video at the front, others at the end.</summary>
    public JsonObject EnsureTrack(TrackKind kind)
    {
        if (FirstTrack(kind) is { } existing)
        {
            return existing;
        }

        var track = new JsonObject { [TypeKey] = (int)kind, [SegmentsKey] = new JsonArray() };
        if (kind == TrackKind.Video)
        {
            Tracks.Insert(0, track);
        }
        else
        {
            Tracks.Add(track);
        }

        return track;
    }

    public static JsonArray SegmentArray(JsonObject track)
    {
        if (track[SegmentsKey] is not JsonArray segments)
        {
            segments = [];
            track[SegmentsKey] = segments;
        }

        return segments;
    }

    public static List<JsonObject> Segments(JsonObject track) =>
        track[SegmentsKey] is JsonArray segments ? segments.OfType<JsonObject>().ToList() : [];

    /// <summary>The segments of the first video track: the images, in order.</summary>
    public List<JsonObject> Images() => FirstTrack(TrackKind.Video) is { } video ? Segments(video) : [];

    /// <summary>Where the clip ends: the latest end of an image, 0 without images.</summary>
    public long VideoEndMs() => Images().Select(End).DefaultIfEmpty(0).Max();

    /// <summary>The length texts and music should cover: the clip, or one default image length before there is any.</summary>
    public long ClipMs() => VideoEndMs() is > 0 and var end ? end : DraftConventions.DefaultImageMs;

    public static long Start(JsonObject segment) => JsonScalars.Milliseconds(segment, StartKey) ?? 0;

    public static long End(JsonObject segment) => Start(segment) + (JsonScalars.Milliseconds(segment, DurationKey) ?? 0);

    public static void SetTimes(JsonObject segment, long startMs, long durationMs)
    {
        JsonScalars.SetNumber(segment, StartKey, startMs);
        JsonScalars.SetNumber(segment, DurationKey, durationMs);
    }

    public static JsonObject Effects(JsonObject segment) => JsonScalars.Child(segment, EffectsKey);

    public Draft ToDraft() => Draft.FromNode(Root);
}
