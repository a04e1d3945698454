using JanitorVideo.Core.Backend;
using JanitorVideo.SampleArt;
using JanitorVideo.TestSupport;
using Xunit;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>What the agent says of framing: found when a picture is uploaded, kept with it, told in the reply in the user's language.</summary>
public sealed class StudioFramingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Save(string name)
    {
        var framing = FramingSet.Get(name);
        var path = folder.Combine(framing.FileName);
        File.WriteAllBytes(path, framing.Encode());
        return path;
    }

    [Fact]
    public async Task AnimatingACharacterOnTheLeft_InLandscape_TheReplySaysSheStaysOnTheLeftThird()
    {
        await using var studio = StudioFixture.Start();
        var user = studio.Engine.LocalUser();
        var session = studio.Engine.CreateSession(user, "en");
        await studio.Engine.UploadAsync(user, session.SessionId, [new UploadSource.LocalFile(Save("left-painted"))]);

        var (text, _) = await studio.SayAsync(user, session.SessionId, "animate this, horizontal 16:9, 3 seconds");

        Assert.Contains("Framing left-painted for", text, StringComparison.Ordinal);
        Assert.Contains("left third, facing right", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABustInChinese_TheReplySaysItsCutEdgeSitsOnTheBottom_AndAShapeChangeIsToldAgain()
    {
        await using var studio = StudioFixture.Start();
        var user = studio.Engine.LocalUser();
        var session = studio.Engine.CreateSession(user, "zh-CN");
        await studio.Engine.UploadAsync(user, session.SessionId, [new UploadSource.LocalFile(Save("bust-transparent"))]);

        var (first, _) = await studio.SayAsync(user, session.SessionId, "让这个角色动起来，竖屏，3秒");
        var (second, _) = await studio.SayAsync(user, session.SessionId, "改成方形");
        var (third, _) = await studio.SayAsync(user, session.SessionId, "加上飘落的花瓣");

        Assert.Contains("下缘贴住画面底边", first, StringComparison.Ordinal);
        Assert.Contains("构图", second, StringComparison.Ordinal);
        Assert.DoesNotContain("构图", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSubjectFoundAtUpload_IsKeptWithTheMedia_AcrossARestart()
    {
        await using var studio = StudioFixture.Start();
        var user = studio.Engine.LocalUser();
        var session = studio.Engine.CreateSession(user, "en");
        var uploaded = await studio.Engine.UploadAsync(user, session.SessionId, [new UploadSource.LocalFile(Save("side-cut-transparent"))]);

        await studio.RestartAsync();
        var kept = studio.Engine.Store.Media(session.SessionId).Single();

        Assert.NotNull(uploaded[0].Framing);
        Assert.Equal(uploaded[0].Framing, kept.Framing);
        Assert.True(kept.Framing!.TransparentCharacter);
        Assert.Equal(Render.Framing.CutEdges.Left, kept.Framing.Shape.Cut);
    }
}
