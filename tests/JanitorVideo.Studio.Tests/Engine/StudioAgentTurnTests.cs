using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Conversation;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.AI;
using Xunit;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>The studio's agent as a client sees it: events, versions, credits, the model fallback and the faults it can be told to show.</summary>
public sealed class StudioAgentTurnTests
{
    [Fact]
    public async Task Send_Animate_StreamsToolCallResultAndTextAndSavesOneVersion()
    {
        await using var studio = StudioFixture.Start();
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);

        var (text, events) = await studio.SayAsync(user, session.SessionId, "animate this with falling snow, 3 seconds");

        Assert.IsType<AgentEvent.ToolCall>(events[0]);
        Assert.Contains(events, e => e is AgentEvent.ToolResult { Name: "apply_edit" });
        Assert.Contains("snow", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, studio.Engine.Store.CurrentDraft(session.SessionId).Version);
    }

    [Fact]
    public async Task Send_ChineseInstruction_RepliesInChinese()
    {
        await using var studio = StudioFixture.Start();
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);

        var (text, _) = await studio.SayAsync(user, session.SessionId, "让这个角色动起来，加上飘落的花瓣，时长8秒");

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", text);
        Assert.Equal(8000, studio.Engine.Store.CurrentDraft(session.SessionId).Draft.DurationMs);
    }

    [Fact]
    public async Task Send_UndoThenRedo_WalksTheVersions()
    {
        await using var studio = StudioFixture.Start();
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);
        await studio.SayAsync(user, session.SessionId, "animate this, 2 seconds");
        var animated = studio.Engine.Store.CurrentDraft(session.SessionId).Draft.ToJson();
        await studio.SayAsync(user, session.SessionId, "add lo-fi music at 35%");

        await studio.SayAsync(user, session.SessionId, "undo");
        var undone = studio.Engine.Store.CurrentDraft(session.SessionId).Draft.ToJson();
        await studio.SayAsync(user, session.SessionId, "redo");

        Assert.Equal(animated, undone);
        Assert.Contains("bed:lo-fi", studio.Engine.Store.CurrentDraft(session.SessionId).Draft.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WordsTheRulesCannotPlaceWithAModel_UsesTheModelsValidatedPlan()
    {
        var model = new ScriptedModel("""{"steps":[{"type":"add_particles","imageIndex":0,"kind":"fireflies"}],"understood":["fireflies at dusk"],"question":null}""");
        await using var studio = StudioFixture.Start(models: new ModelAccess(model));
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);
        await studio.SayAsync(user, session.SessionId, "animate this, 2 seconds");

        var (_, events) = await studio.SayAsync(user, session.SessionId, "make it feel like a summer evening in the countryside");

        Assert.Contains(events, e => e is AgentEvent.ToolResult { Name: "plan_edit" } result && result.Result!["planner"]!.GetValue<string>() == "model");
        Assert.Contains("fireflies", studio.Engine.Store.CurrentDraft(session.SessionId).Draft.ToJson(), StringComparison.Ordinal);
        Assert.Contains("countryside", model.LastPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ModelAnswersNonsenseTwice_AsksTheUserAndChangesNothing()
    {
        var model = new ScriptedModel("I think you should add some vibes!");
        await using var studio = StudioFixture.Start(models: new ModelAccess(model));
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);

        var (text, _) = await studio.SayAsync(user, session.SessionId, "make it feel like a summer evening in the countryside");

        Assert.Equal(2, model.Calls);
        Assert.Contains("?", text, StringComparison.Ordinal);
        Assert.Equal(0, studio.Engine.Store.CurrentDraft(session.SessionId).Version);
    }

    [Fact]
    public async Task Send_QuotaNearlySpent_RefusesWith2001WordsAndKeepsTheBalance()
    {
        var options = new StudioOptions { Folder = "unused", RenderWorkers = 1, Credits = CreditRules.Quota with { AnonymousAllowance = 120 } };
        await using var studio = StudioFixture.Start(options);
        var token = studio.Engine.IssueAnonymousToken("client-1");
        var session = await studio.ProjectAsync(token.User);

        await studio.SayAsync(token.User, session.SessionId, "animate this, 2 seconds");
        var afterGeneration = studio.Engine.Balance(token.User);
        var error = await Assert.ThrowsAsync<VideoBackendException>(() => studio.SayAsync(token.User, session.SessionId, "add falling petals"));

        Assert.Equal((20, 0, 20), (afterGeneration.Available, afterGeneration.Frozen, afterGeneration.Total));
        Assert.Equal(ErrorKind.OutOfCredits, error.Kind);
        Assert.Contains("20 credits left", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, studio.Engine.Balance(token.User).Available);
    }

    [Fact]
    public async Task Send_AQuestion_CostsNothing()
    {
        var options = new StudioOptions { Folder = "unused", RenderWorkers = 1, Credits = CreditRules.Quota };
        await using var studio = StudioFixture.Start(options);
        var token = studio.Engine.IssueAnonymousToken("client-2");
        var session = await studio.ProjectAsync(token.User);

        await studio.SayAsync(token.User, session.SessionId, "hmm");

        Assert.Equal(100, studio.Engine.Balance(token.User).Available);
    }

    [Fact]
    public async Task Send_SilentRepliesAndHeartbeatOnlyFaults_GiveHeartbeatsAndNoTextButStillEdit()
    {
        // Two seconds of heartbeats every 100 ms: at least two arrive even on a loaded machine.
        var faults = new FaultOptions { SilentReplyRate = 1, HeartbeatOnlyFor = TimeSpan.FromSeconds(2) };
        var options = new StudioOptions { Folder = "unused", RenderWorkers = 1, HeartbeatInterval = TimeSpan.FromMilliseconds(100) };
        await using var studio = StudioFixture.Start(options, faults);
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);

        var (text, events) = await studio.SayAsync(user, session.SessionId, "animate this, 2 seconds");

        Assert.Empty(text);
        Assert.True(events.TakeWhile(e => e is AgentEvent.Heartbeat).Count() >= 2, "expected heartbeats before any work was reported");
        Assert.True(studio.Engine.Store.CurrentDraft(session.SessionId).Draft.IsReadyForExport);
    }

    [Fact]
    public async Task Send_DroppedStreamFault_EndsTheStreamWithAnErrorAfterTheEdit()
    {
        await using var studio = StudioFixture.Start(faults: new FaultOptions { DroppedStreamRate = 1 });
        var user = studio.Engine.LocalUser();
        var session = await studio.ProjectAsync(user);

        await Assert.ThrowsAsync<IOException>(() => studio.SayAsync(user, session.SessionId, "animate this, 2 seconds"));

        Assert.True(studio.Engine.Store.CurrentDraft(session.SessionId).Draft.IsReadyForExport);
    }

    [Fact]
    public async Task Session_OfAnotherUser_ReadsAsNotFound()
    {
        await using var studio = StudioFixture.Start();
        var alice = studio.Engine.IssueAnonymousToken("alice").User;
        var bob = studio.Engine.IssueAnonymousToken("bob").User;
        var session = studio.Engine.CreateSession(alice, "en");

        var error = Assert.Throws<VideoBackendException>(() => studio.Engine.Session(bob, session.SessionId));

        Assert.Equal(ErrorKind.SessionNotFound, error.Kind);
    }

    [Fact]
    public async Task Authenticate_ExpiredToken_FailsAsTokenInvalid()
    {
        await using var studio = StudioFixture.Start(faults: new FaultOptions { ExpiredTokens = true });
        var token = studio.Engine.IssueAnonymousToken("client-3");

        var error = Assert.Throws<VideoBackendException>(() => studio.Engine.Authenticate(token.Token));

        Assert.Equal(ErrorKind.TokenInvalid, error.Kind);
    }
}
