using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Tests.Drafts;

public sealed class DraftEditTests
{
    private const string Sample = """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"city","k":1}],"id":"a"},{"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","v":35}],"id":"b"}],"d":10000,"u":true}""";

    [Fact]
    public void ToDraft_AfterAddingASegment_AppendsItAndLeavesTheOriginalUnchanged()
    {
        var draft = Draft.Parse(Sample);
        var tree = new DraftTree(draft);

        DraftTree.SegmentArray(tree.FirstTrack(TrackKind.Audio)!).Add(new JsonObject { [DraftKeys.Start] = 2000, [DraftKeys.Duration] = 500, [DraftKeys.Name] = "whoosh" });
        var edited = tree.ToDraft();

        Assert.Equal(2, edited.Tracks[1].Segments.Count);
        Assert.Equal("whoosh", edited.Tracks[1].Segments[1].Name);
        Assert.Equal(Sample, draft.ToJson());
    }

    [Fact]
    public void SegmentArray_TrackWithoutSegmentList_CreatesTheList()
    {
        var tree = new DraftTree(Draft.Parse("""{"t":[{"tt":7,"n":"titles"}]}"""));

        DraftTree.SegmentArray(tree.FirstTrack(TrackKind.Text)!).Add(new JsonObject { [DraftKeys.Text] = "Hi", [DraftKeys.Style] = "title" });
        var edited = tree.ToDraft();

        Assert.Equal("""{"t":[{"tt":7,"n":"titles","sg":[{"x":"Hi","style":"title"}]}]}""", edited.ToJson());
        Assert.True(edited.IsReadyForExport);
    }

    [Fact]
    public void SetNumber_ChangedVolume_KeepsKeyPosition()
    {
        var tree = new DraftTree(Draft.Parse(Sample));

        DraftValues.SetNumber(DraftTree.Segments(tree.FirstTrack(TrackKind.Audio)!)[0], DraftKeys.Volume, 60);

        Assert.Equal(Sample.Replace("\"v\":35", "\"v\":60", StringComparison.Ordinal), tree.ToDraft().ToJson());
    }

    [Fact]
    public void SetNumber_SameNumberSpelledDifferently_KeepsItsText()
    {
        var tree = new DraftTree(Draft.Parse("""{"t":[],"m":{"fps":30.0}}"""));

        DraftValues.SetNumber(tree.Metadata, DraftKeys.Fps, 30);

        Assert.Equal("""{"t":[],"m":{"fps":30.0}}""", tree.ToDraft().ToJson());
    }

    [Fact]
    public void Segments_SkippedEntries_ListsOnlyObjects()
    {
        var tree = new DraftTree(Draft.Parse("""{"t":[{"tt":0,"sg":[7,{"n":"a"},"x",{"n":"b"}]}]}"""));
        var video = tree.FirstTrack(TrackKind.Video)!;

        DraftTree.SegmentArray(video).Remove(DraftTree.Segments(video)[1]);

        Assert.Equal("""{"t":[{"tt":0,"sg":[7,{"n":"a"},"x"]}]}""", tree.ToDraft().ToJson());
    }

    [Fact]
    public void TracksOf_SkippedEntries_FindsTracksByType()
    {
        var tree = new DraftTree(Draft.Parse("""{"t":["odd",{"tt":0},{"tt":1}],"d":1}"""));

        tree.Tracks.Remove(tree.FirstTrack(TrackKind.Audio));

        Assert.Equal("""{"t":["odd",{"tt":0}],"d":1}""", tree.ToDraft().ToJson());
    }

    [Fact]
    public void EnsureTrack_NoTrackList_CreatesItWithVideoFirst()
    {
        var tree = new DraftTree(Draft.Parse("""{"m":{"title":"x"}}"""));

        tree.EnsureTrack(TrackKind.Text);
        tree.EnsureTrack(TrackKind.Video);
        tree.EnsureTrack(TrackKind.Text);

        Assert.Equal("""{"m":{"title":"x"},"t":[{"tt":0,"sg":[]},{"tt":7,"sg":[]}]}""", tree.ToDraft().ToJson());
    }

    [Fact]
    public void Metadata_NoMetadata_CreatesIt()
    {
        var tree = new DraftTree(Draft.Empty);

        DraftValues.SetNumber(tree.Metadata, DraftKeys.Width, 1080);
        DraftValues.SetNumber(tree.Metadata, DraftKeys.Height, 1920);
        var edited = tree.ToDraft();

        Assert.Equal("""{"t":[],"m":{"width":1080,"height":1920}}""", edited.ToJson());
        Assert.Equal(1080, edited.Metadata.Width);
    }

    [Fact]
    public void ToDraft_TreeChangedLater_DraftUnchanged()
    {
        var tree = new DraftTree(Draft.Empty);
        DraftValues.SetText(tree.Metadata, DraftKeys.Title, "first");

        var edited = tree.ToDraft();
        DraftValues.SetText(tree.Metadata, DraftKeys.Title, "second");

        Assert.Equal("""{"t":[],"m":{"title":"first"}}""", edited.ToJson());
    }

    [Fact]
    public void Root_DurationRemoved_DurationReadFromSegments()
    {
        var tree = new DraftTree(Draft.Parse(Sample));

        tree.Root.Remove(DraftKeys.Duration);
        var edited = tree.ToDraft();

        Assert.DoesNotContain("\"d\":10000,\"u\"", edited.ToJson(), StringComparison.Ordinal);
        Assert.Equal(10000, edited.DurationMs);
    }

    [Fact]
    public void SetTimesAndEffects_SegmentEdits_KeepUnknownFieldsAndOrder()
    {
        var tree = new DraftTree(Draft.Parse("""{"t":[{"tt":0,"sg":[{"z":1,"s":0,"d":1000,"fx":{"a":1.0},"n":"a"}]}]}"""));
        var segment = DraftTree.Segments(tree.FirstTrack(TrackKind.Video)!)[0];

        DraftTree.SetTimes(segment, 500, 1000);
        DraftValues.SetText(DraftTree.Effects(segment), "motion", "orbit");
        DraftValues.SetText(segment, DraftKeys.Source, "media://x");

        Assert.Equal("""{"t":[{"tt":0,"sg":[{"z":1,"s":500,"d":1000,"fx":{"a":1.0,"motion":"orbit"},"n":"a","src":"media://x"}]}]}""", tree.ToDraft().ToJson());
        Assert.Equal(500, DraftTree.Start(segment));
        Assert.Equal(1500, DraftTree.End(segment));
    }

    [Fact]
    public void Effects_NotAnObject_IsReplacedByAnObject()
    {
        var tree = new DraftTree(Draft.Parse("""{"t":[{"tt":0,"sg":[{"fx":"odd"}]}]}"""));

        DraftValues.SetFlag(DraftTree.Effects(DraftTree.Segments(tree.FirstTrack(TrackKind.Video)!)[0]), "loop", true);

        Assert.Equal("""{"t":[{"tt":0,"sg":[{"fx":{"loop":true}}]}]}""", tree.ToDraft().ToJson());
    }
}
