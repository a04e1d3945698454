using System.Text;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Core.Tests.Drafts;

public sealed class TimelineSummaryTests
{
    [Fact]
    public void Describe_ReferenceExample_MatchesReferenceText()
    {
        var draft = Draft.Parse(SummarySamples.Reference);

        var summary = TimelineSummary.Describe(draft);

        Assert.Equal(
            "Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: \"Urban Dreams\" (0-3s)",
            summary);
    }

    [Theory]
    [InlineData("""{"t":[]}""")]
    [InlineData("""{}""")]
    [InlineData("""{"t":[{"tt":0,"sg":[]}]}""")]
    public void Describe_NothingToExport_SaysTimelineIsEmpty(string json)
    {
        var summary = TimelineSummary.Describe(Draft.Parse(json));

        Assert.Equal("Timeline is empty: nothing to export yet.", summary);
    }

    [Fact]
    public void Describe_OneTrack_UsesSingular()
    {
        var summary = TimelineSummary.Describe(Draft.Parse("""{"t":[{"tt":0,"sg":[{"s":0,"d":5000}]}]}"""));

        Assert.Equal("Timeline (1 track): 1. Video: clip (0-5s)", summary);
    }

    [Fact]
    public void Describe_ManyTracks_StaysBounded()
    {
        var tree = new DraftTree(Draft.Empty);
        for (var i = 0; i < 30; i++)
        {
            tree.Tracks.Add(new JsonObject { [DraftKeys.TrackType] = 0, [DraftKeys.Segments] = new JsonArray(new JsonObject { [DraftKeys.Start] = 0, [DraftKeys.Duration] = 1000 }) });
        }

        var draft = tree.ToDraft();

        var lines = TimelineSummary.DescribeLines(draft);

        Assert.Equal(21, lines.Count);
        Assert.Equal("… and 10 more tracks", lines[^1]);
        Assert.StartsWith("Timeline (30 tracks): 1. Video: clip (0-1s)", TimelineSummary.Describe(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_LongEmojiText_CutsBetweenWholeCharacters()
    {
        // Thumbs-up with a skin tone is two code points and four UTF-16 units: one character to a reader.
        var text = string.Concat(Enumerable.Repeat("👍🏽", 70));
        var tree = new DraftTree(Draft.Empty);
        DraftTree.SegmentArray(tree.EnsureTrack(TrackKind.Text)).Add(new JsonObject { [DraftKeys.Start] = 0, [DraftKeys.Duration] = 1000, [DraftKeys.Text] = text });
        var draft = tree.ToDraft();

        var summary = TimelineSummary.Describe(draft);

        Assert.Equal($"Timeline (1 track): 1. Title: \"{string.Concat(Enumerable.Repeat("👍🏽", 59))}…\" (0-1s)", summary);
    }

    [Fact]
    public void DescribeLines_ReferenceExample_GivesOneLinePerTrack()
    {
        var lines = TimelineSummary.DescribeLines(Draft.Parse(SummarySamples.Reference));

        Assert.Equal(
            ["1. Video: city timelapse (0-10s)", "2. BGM: Lo-fi (0-10s, 35%)", "3. Title: \"Urban Dreams\" (0-3s)"],
            lines);
    }

    [Theory]
    [MemberData(nameof(SummarySamples.Names), MemberType = typeof(SummarySamples))]
    public void Describe_SampleDraft_MatchesGoldenFile(string name)
    {
        var json = SummarySamples.All[name];
        var draft = Draft.Parse(json);

        var text = new StringBuilder()
            .AppendLine("Draft:")
            .AppendLine(json.Trim())
            .AppendLine()
            .AppendLine("Describe:")
            .AppendLine(TimelineSummary.Describe(draft))
            .AppendLine()
            .AppendLine("DescribeLines:")
            .AppendJoin('\n', TimelineSummary.DescribeLines(draft))
            .ToString();

        Golden.Verify($"summary-{name}.txt", text);
    }
}
