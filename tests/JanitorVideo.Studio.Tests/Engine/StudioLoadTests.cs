using JanitorVideo.Core.Backend;
using JanitorVideo.Studio.Engine;
using Xunit;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>Eight sessions editing and exporting at once on one studio: all finish, none is lost, each keeps its order.</summary>
public sealed class StudioLoadTests
{
    [Fact]
    public async Task EightSessions_EditAndRenderAtOnce_AllFinishInTheirOwnOrder()
    {
        await using var studio = StudioFixture.Start(new StudioOptions { Folder = "unused", RenderWorkers = 2 });
        var user = studio.Engine.LocalUser();
        string[] edits = ["animate this, 1 second, 720p", "add falling petals", "add the title 'Take {0}'", "make it 16:9"];

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(k => Task.Run(async () =>
        {
            var session = await studio.ProjectAsync(user);
            foreach (var edit in edits)
            {
                await studio.SayAsync(user, session.SessionId, string.Format(System.Globalization.CultureInfo.InvariantCulture, edit, k));
            }

            var draft = studio.Engine.Store.CurrentDraft(session.SessionId).Draft;
            var first = studio.Engine.StartRender(user, $"render_load_{k}_a", session.SessionId, draft, "standard");
            var second = studio.Engine.StartRender(user, $"render_load_{k}_b", session.SessionId, draft, "standard");
            return (k, session, First: await studio.WaitAsync(user, first.RenderId), Second: await studio.WaitAsync(user, second.RenderId));
        })));

        foreach (var (k, session, first, second) in results)
        {
            Assert.Equal(RenderStatus.Completed, first.Status);
            Assert.Equal(RenderStatus.Completed, second.Status);
            // One export per session at a time, in the order submitted.
            Assert.True(first.CompletedAt <= second.CompletedAt, $"session {k}: the second export finished first");
            var causes = studio.Engine.Store.History(session.SessionId).Skip(1).Select(version => version.Cause).ToList();
            Assert.Equal([.. edits.Select(edit => string.Format(System.Globalization.CultureInfo.InvariantCulture, edit, k))], causes);
            Assert.Contains($"Take {k}", studio.Engine.Store.CurrentDraft(session.SessionId).Draft.ToJson(), StringComparison.Ordinal);
        }
    }
}
