using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Tests.Drafts;

public sealed class DraftEditTests
{
    private const string Sample = """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"city","k":1}],"id":"a"},{"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","v":35}],"id":"b"}],"d":10000,"u":true}""";

    [Fact]
    public void AddSegment_ToTrack_AppendsAndLeavesOriginalUnchanged()
    {
        var draft = Draft.Parse(Sample);

        var edited = draft.AddSegment(1, DraftSegment.Create(2000, 500).WithName("whoosh"));

        Assert.Equal(2, edited.Tracks[1].Segments.Count);
        Assert.Equal("whoosh", edited.Tracks[1].Segments[1].Name);
        Assert.Equal(Sample, draft.ToJson());
    }

    [Fact]
    public void AddSegment_TrackWithoutSegmentList_CreatesTheList()
    {
        var draft = Draft.Parse("""{"t":[{"tt":7,"n":"titles"}]}""");

        var edited = draft.AddSegment(0, DraftSegment.Create(0, 3000).WithText("Hi").WithStyle("title"));

        Assert.Equal("""{"t":[{"tt":7,"n":"titles","sg":[{"s":0,"d":3000,"x":"Hi","style":"title"}]}]}""", edited.ToJson());
        Assert.True(edited.IsReadyForExport);
    }

    [Fact]
    public void ReplaceSegment_WithChangedVolume_KeepsKeyPosition()
    {
        var draft = Draft.Parse(Sample);

        var edited = draft.ReplaceSegment(1, 0, draft.Tracks[1].Segments[0].WithVolume(60));

        Assert.Equal(Sample.Replace("\"v\":35", "\"v\":60", StringComparison.Ordinal), edited.ToJson());
    }

    [Fact]
    public void RemoveSegmentAt_SkippedEntries_RemovesTheListedSegment()
    {
        var draft = Draft.Parse("""{"t":[{"tt":0,"sg":[7,{"n":"a"},"x",{"n":"b"}]}]}""");

        var edited = draft.RemoveSegmentAt(0, 1);

        Assert.Equal("""{"t":[{"tt":0,"sg":[7,{"n":"a"},"x"]}]}""", edited.ToJson());
    }

    [Fact]
    public void RemoveTrackAt_SkippedEntries_RemovesTheListedTrack()
    {
        var draft = Draft.Parse("""{"t":["odd",{"tt":0},{"tt":1}],"d":1}""");

        var edited = draft.RemoveTrackAt(1);

        Assert.Equal("""{"t":["odd",{"tt":0}],"d":1}""", edited.ToJson());
    }

    [Fact]
    public void AddTrack_NoTrackList_CreatesIt()
    {
        var edited = Draft.Parse("""{"m":{"title":"x"}}""").AddTrack(DraftTrack.Create(TrackKind.Text).WithName("titles"));

        Assert.Equal("""{"m":{"title":"x"},"t":[{"tt":7,"sg":[],"n":"titles"}]}""", edited.ToJson());
    }

    [Fact]
    public void WithMetadata_NoMetadata_CreatesIt()
    {
        var edited = Draft.Empty.WithMetadata("width", 1080).WithMetadata("height", 1920);

        Assert.Equal("""{"t":[],"m":{"width":1080,"height":1920}}""", edited.ToJson());
        Assert.Equal(1080, edited.Metadata.Width);
    }

    [Fact]
    public void WithMetadata_NullValue_RemovesTheKey()
    {
        var edited = Draft.Parse("""{"t":[],"m":{"title":"x","fps":30}}""").WithMetadata("title", null);

        Assert.Equal("""{"t":[],"m":{"fps":30}}""", edited.ToJson());
    }

    [Fact]
    public void WithMetadata_NodeChangedLater_DraftUnchanged()
    {
        var theme = new JsonObject { ["c"] = "#fff" };

        var edited = Draft.Empty.WithMetadata("theme", theme);
        theme["c"] = "#000";

        Assert.Equal("""{"t":[],"m":{"theme":{"c":"#fff"}}}""", edited.ToJson());
    }

    [Fact]
    public void WithDurationMs_Null_RemovesD()
    {
        var edited = Draft.Parse(Sample).WithDurationMs(null);

        Assert.DoesNotContain("\"d\":10000,\"u\"", edited.ToJson(), StringComparison.Ordinal);
        Assert.Equal(10000, edited.DurationMs);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void RemoveTrackAt_NoSuchTrack_Throws(int index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Draft.Parse(Sample).RemoveTrackAt(index));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 0)]
    [InlineData(0, -1)]
    public void ReplaceSegment_NoSuchSegment_Throws(int trackIndex, int segmentIndex)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Draft.Parse(Sample).ReplaceSegment(trackIndex, segmentIndex, DraftSegment.Create(0, 1)));
    }

    [Fact]
    public void With_SegmentEdits_KeepUnknownFieldsAndOrder()
    {
        var segment = DraftSegment.FromNode(JsonNode.Parse("""{"z":1,"s":0,"d":1000,"fx":{"a":1.0},"n":"a"}""")!.AsObject());

        var edited = segment.WithStartMs(500).WithName(null).WithEffects(new JsonObject { ["motion"] = "orbit" }).WithSource("media://x");

        Assert.Equal("""{"z":1,"s":500,"d":1000,"fx":{"motion":"orbit"},"src":"media://x"}""", edited.ToJsonNode().ToJsonString());
        Assert.Equal("""{"z":1,"s":0,"d":1000,"fx":{"a":1.0},"n":"a"}""", segment.ToJsonNode().ToJsonString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void WithVolume_OutsidePercentRange_Throws(double volume)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DraftSegment.Create(0, 1).WithVolume(volume));
    }

    [Fact]
    public void Create_UnknownTrackKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DraftTrack.Create(TrackKind.Unknown));
    }

    [Fact]
    public void Create_NegativeTimes_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DraftSegment.Create(-1, 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => DraftSegment.Create(0, -1));
    }
}
