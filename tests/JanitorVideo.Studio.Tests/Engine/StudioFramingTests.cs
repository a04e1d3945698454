using JanitorVideo.Core.Backend;
using JanitorVideo.SampleArt;
using JanitorVideo.Studio.Store;
using JanitorVideo.TestSupport;
using Xunit;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>What the agent says of framing: found when a picture is uploaded, kept with it, told in the reply in the user's language.</summary>
public sealed class StudioFramingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    // A project in the given language holding one picture of the framing set.
    private async Task<(StudioUser User, string SessionId, MediaRecord Uploaded)> ProjectAsync(StudioFixture studio, string language, string name)
    {
        var framing = FramingSet.Get(name);
        var path = folder.Combine(framing.FileName);
        File.WriteAllBytes(path, framing.Encode());
        var user = studio.Engine.LocalUser();
        var session = studio.Engine.CreateSession(user, language);
        var uploaded = await studio.Engine.UploadAsync(user, session.SessionId, [new UploadSource.LocalFile(path)]);
        return (user, session.SessionId, uploaded.Single());
    }

    [Fact]
    public async Task AnimatingACharacterOnTheLeft_InLandscape_TheReplySaysSheStaysOnTheLeftThird()
    {
        await using var studio = StudioFixture.Start();
        var (user, sessionId, _) = await ProjectAsync(studio, "en", "left-painted");

        var (text, _) = await studio.SayAsync(user, sessionId, "animate this, horizontal 16:9, 3 seconds");

        Assert.Contains("Framing left-painted for", text, StringComparison.Ordinal);
        Assert.Contains("left third, facing right", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABustInChinese_TheReplySaysItsCutEdgeSitsOnTheBottom_AndAShapeChangeIsToldAgain()
    {
        await using var studio = StudioFixture.Start();
        var (user, sessionId, _) = await ProjectAsync(studio, "zh-CN", "bust-transparent");

        var (first, _) = await studio.SayAsync(user, sessionId, "让这个角色动起来，竖屏，3秒");
        var (second, _) = await studio.SayAsync(user, sessionId, "改成方形");
        var (third, _) = await studio.SayAsync(user, sessionId, "加上飘落的花瓣");

        Assert.Contains("下缘贴住画面底边", first, StringComparison.Ordinal);
        Assert.Contains("构图", second, StringComparison.Ordinal);
        Assert.DoesNotContain("构图", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSubjectFoundAtUpload_IsKeptWithTheMedia_AcrossARestart()
    {
        await using var studio = StudioFixture.Start();
        var (_, sessionId, uploaded) = await ProjectAsync(studio, "en", "side-cut-transparent");

        await studio.RestartAsync();
        var kept = studio.Engine.Store.Media(sessionId).Single();

        Assert.NotNull(uploaded.Framing);
        Assert.Equal(uploaded.Framing, kept.Framing);
        Assert.True(kept.Framing!.TransparentCharacter);
        Assert.Equal(Render.Framing.CutEdges.Left, kept.Framing.Shape.Cut);
    }
}
