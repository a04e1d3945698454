using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Tests.Drafts;

// Drafts come from a server: odd data reads as "unknown" (null), never as an exception.
public sealed class DraftReadTests
{
    [Theory]
    [InlineData("""{"t":[]}""", false)]
    [InlineData("""{}""", false)]
    [InlineData("""{"t":[{"tt":0}]}""", false)]
    [InlineData("""{"t":[{"tt":0,"sg":[]},{"tt":1,"sg":[]}]}""", false)]
    [InlineData("""{"t":[{"tt":0,"sg":"clips"}]}""", false)]
    [InlineData("""{"t":["track"]}""", false)]
    [InlineData("""{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}]}""", true)]
    [InlineData("""{"t":[{"tt":1,"sg":[]},{"tt":7,"sg":[{"x":"Hi"}]}]}""", true)]
    public void IsReadyForExport_Draft_FollowsTheReferenceRule(string json, bool expected)
    {
        Assert.Equal(expected, Draft.Parse(json).IsReadyForExport);
    }

    [Fact]
    public void Tracks_ReferenceDraft_ReadsTypedValues()
    {
        var draft = Draft.Parse(SummarySamples.Reference);

        Assert.Equal([TrackKind.Video, TrackKind.Audio, TrackKind.Text], draft.Tracks.Select(t => t.Kind));
        var video = draft.Tracks[0].Segments[0];
        Assert.Equal(0, video.StartMs);
        Assert.Equal(10000, video.DurationMs);
        Assert.Equal(10000, video.EndMs);
        Assert.Equal("city timelapse", video.Name);
        Assert.Equal("media://v1", video.Source);
        Assert.Equal(35, draft.Tracks[1].Segments[0].Volume);
        Assert.Equal("Urban Dreams", draft.Tracks[2].Segments[0].Text);
        Assert.Equal("title", draft.Tracks[2].Segments[0].Style);
        Assert.Equal(10000, draft.DurationMs);
        Assert.Equal("Urban Dreams", draft.Metadata.Title);
        Assert.Equal(1920, draft.Metadata.Width);
        Assert.Equal(1080, draft.Metadata.Height);
    }

    [Fact]
    public void Segment_WrongJsonTypes_ReadsAsNull()
    {
        var segment = DraftSegment.FromNode(new JsonObject
        {
            ["s"] = "0",
            ["d"] = true,
            ["n"] = 7,
            ["x"] = new JsonArray(),
            ["v"] = "loud",
            ["src"] = new JsonObject { ["id"] = "m1" },
            ["style"] = null,
            ["fx"] = "none",
        });

        Assert.Null(segment.StartMs);
        Assert.Null(segment.DurationMs);
        Assert.Null(segment.EndMs);
        Assert.Null(segment.Name);
        Assert.Null(segment.Text);
        Assert.Null(segment.Volume);
        Assert.Null(segment.Source);
        Assert.Null(segment.Style);
        Assert.Null(segment.GetEffects());
        Assert.Equal("m1", segment.GetRaw("src")!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1e3", 1000)]
    [InlineData("1000.0", 1000)]
    [InlineData("999.6", 1000)]
    [InlineData("2500.4", 2500)]
    [InlineData("9007199254740993", 9007199254740993)]
    public void StartMs_NumberWrittenAnyWay_ReadsWholeMilliseconds(string number, long expected)
    {
        var draft = Draft.Parse($$"""{"t":[{"tt":0,"sg":[{"s":{{number}}}]}]}""");

        Assert.Equal(expected, draft.Tracks[0].Segments[0].StartMs);
    }

    [Theory]
    [InlineData("0", TrackKind.Video, 0)]
    [InlineData("1", TrackKind.Audio, 1)]
    [InlineData("7", TrackKind.Text, 7)]
    [InlineData("7.0", TrackKind.Text, 7)]
    [InlineData("5", TrackKind.Unknown, 5)]
    [InlineData("-2", TrackKind.Unknown, -2)]
    [InlineData("\"0\"", TrackKind.Unknown, null)]
    [InlineData("null", TrackKind.Unknown, null)]
    [InlineData("1e20", TrackKind.Unknown, null)]
    public void Kind_TrackType_MapsKnownNumbersAndKeepsTheRawOne(string tt, TrackKind kind, int? typeCode)
    {
        var track = Draft.Parse($$"""{"t":[{"tt":{{tt}}}]}""").Tracks[0];

        Assert.Equal(kind, track.Kind);
        Assert.Equal(typeCode, track.TypeCode);
    }

    [Fact]
    public void Tracks_NonObjectEntries_AreSkippedButKept()
    {
        const string json = """{"t":[1,{"tt":0,"sg":["x",{"s":0,"d":1000},null]},"y"]}""";

        var draft = Draft.Parse(json);

        var track = Assert.Single(draft.Tracks);
        Assert.Single(track.Segments);
        Assert.Equal(json, draft.ToJson());
    }

    [Theory]
    [InlineData("""{"t":[],"d":15000}""", 15000L)]
    [InlineData("""{"t":[{"tt":0,"sg":[{"s":0,"d":4000}]},{"tt":7,"sg":[{"s":2000,"d":3000}]}]}""", 5000L)]
    [InlineData("""{"t":[{"tt":0,"sg":[{"s":0,"d":4000}]}],"d":"long"}""", 4000L)]
    [InlineData("""{"t":[{"tt":0,"sg":[{"s":3000}]}]}""", null)]
    [InlineData("""{"t":[]}""", null)]
    public void DurationMs_Draft_UsesDElseLatestSegmentEnd(string json, long? expected)
    {
        Assert.Equal(expected, Draft.Parse(json).DurationMs);
    }

    [Fact]
    public void Metadata_NotAnObject_ReadsAsEmpty()
    {
        var metadata = Draft.Parse("""{"t":[],"m":"none"}""").Metadata;

        Assert.Null(metadata.Title);
        Assert.Null(metadata.Width);
        Assert.Empty(metadata.Keys);
    }

    [Fact]
    public void Metadata_UnknownKeys_AreReadableRaw()
    {
        var metadata = Draft.Parse("""{"t":[],"m":{"title":"城市","fps":29.97,"aspect":"9:16","theme":{"c":"#fff"}}}""").Metadata;

        Assert.Equal("城市", metadata.Title);
        Assert.Equal(29.97, metadata.Fps);
        Assert.Equal("9:16", metadata.Aspect);
        Assert.Equal(["title", "fps", "aspect", "theme"], metadata.Keys);
        Assert.Equal("""{"c":"#fff"}""", metadata.GetRaw("theme")!.ToJsonString());
        Assert.Null(metadata.GetRaw("missing"));
    }
}
