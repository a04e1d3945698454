using System.Text;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Core.Tests.Drafts;

public sealed class DraftDiffTests
{
    [Fact]
    public void Compare_TitleAdded_SaysTitleAddedWithTime()
    {
        var (before, after) = Pair("title-added");

        var change = Assert.Single(DraftDiff.Compare(before, after));

        Assert.Equal(DraftChangeKind.SegmentAdded, change.Kind);
        Assert.Equal("Title added: \"Paradise Found\" (0-3s)", change.Description);
    }

    [Fact]
    public void Compare_SameDraft_ReturnsNoChanges()
    {
        var draft = Draft.Parse(SummarySamples.Reference);

        Assert.Empty(DraftDiff.Compare(draft, draft));
        Assert.Equal("No visible change to the timeline.", DraftDiff.Describe(draft, draft));
    }

    [Fact]
    public void Compare_OnlyUnknownFieldsChanged_SaysTimelineChanged()
    {
        var (before, after) = Pair("only-unknown-fields");

        var change = Assert.Single(DraftDiff.Compare(before, after));

        Assert.Equal(new DraftChange(DraftChangeKind.TimelineChanged, "Timeline changed"), change);
    }

    [Fact]
    public void Compare_MiddleTrackRemoved_DoesNotShiftLaterTracks()
    {
        var (before, after) = Pair("middle-track-removed");

        var change = Assert.Single(DraftDiff.Compare(before, after));

        Assert.Equal("BGM track removed", change.Description);
    }

    [Fact]
    public void Compare_AllSamples_CoverEveryChangeKind()
    {
        var seen = DiffSamples.All.Keys
            .SelectMany(name => Compare(name))
            .Select(change => change.Kind)
            .ToHashSet();

        Assert.Equal(Enum.GetValues<DraftChangeKind>().Order(), seen.Order());
    }

    [Fact]
    public void Describe_ManyChanges_CapsTheParagraph()
    {
        var tree = new DraftTree(Draft.Empty);
        var shots = DraftTree.SegmentArray(tree.EnsureTrack(TrackKind.Video));
        var before = tree.ToDraft();
        for (var i = 0; i < 12; i++)
        {
            shots.Add(new JsonObject { [DraftKeys.Start] = i * 1000L, [DraftKeys.Duration] = 1000, [DraftKeys.Name] = $"shot {i + 1}" });
        }

        var after = tree.ToDraft();

        var text = DraftDiff.Describe(before, after);

        Assert.StartsWith("Video clip added: shot 1 (0-1s). Video clip added: shot 2 (1-2s).", text, StringComparison.Ordinal);
        Assert.EndsWith("Video clip added: shot 10 (9-10s). … and 3 more changes.", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DiffSamples.Names), MemberType = typeof(DiffSamples))]
    public void Compare_SamplePair_MatchesGoldenFile(string name)
    {
        var (beforeJson, afterJson) = DiffSamples.All[name];
        var (before, after) = Pair(name);

        var changes = DraftDiff.Compare(before, after);
        var text = new StringBuilder()
            .AppendLine("Before:")
            .AppendLine(beforeJson.Trim())
            .AppendLine()
            .AppendLine("After:")
            .AppendLine(afterJson.Trim())
            .AppendLine()
            .AppendLine("Changes:")
            .AppendLine(changes.Count == 0 ? "(none)" : string.Join('\n', changes.Select(change => $"{change.Kind}: {change.Description}")))
            .AppendLine()
            .AppendLine("Describe:")
            .AppendLine(DraftDiff.Describe(before, after))
            .ToString();

        Golden.Verify($"diff-{name}.txt", text);
    }

    private static IReadOnlyList<DraftChange> Compare(string name)
    {
        var (before, after) = Pair(name);
        return DraftDiff.Compare(before, after);
    }

    private static (Draft Before, Draft After) Pair(string name)
    {
        var (before, after) = DiffSamples.All[name];
        return (Draft.Parse(before), Draft.Parse(after));
    }
}
