using System.Collections.Concurrent;
using System.Text.Json;
using JanitorVideo.Server.Skill;
using JanitorVideo.Server.Tests.Support;
using JanitorVideo.Server.Tools;
using JanitorVideo.Studio.Engine;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SkiaSharp;

namespace JanitorVideo.Server.Tests.Skill;

/// <summary>
/// Credits before spending: a costly message is estimated and, when the client can ask (elicitation),
/// put to the user first; a no spends nothing and sends nothing; the balance after spending is told.
/// Through the SDK's real client, against the studio under a quota (100 credits, 100 per generated clip, 50 per edit).
/// </summary>
public sealed class CreditsBeforeSpendingTests
{
    private const string Animate = "animate this character with a slow push-in, 1 second, 720p";

    [Theory]
    [InlineData(null)]
    [InlineData("2025-11-25")]
    public async Task Generate_UserAccepts_ClipMadeAndBalanceAfterTold(string? revision)
    {
        await using var rig = await Rig.StartAsync(ElicitAnswer.Accept(spend: true), revision: revision);
        await rig.UploadAsync();

        var result = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        Assert.True(result.IsError != true, result.Text());
        var question = Assert.Single(rig.Questions);
        Assert.Contains("about 100 credits", question.Message, StringComparison.Ordinal);
        Assert.Contains("You have 100 available, about 0 after it", question.Message, StringComparison.Ordinal);
        Assert.Equal("done", result.Field("status"));
        Assert.Contains("Credits: 100 spent, 0 left.", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, Credits(result).GetProperty("available").GetInt64());
        Assert.True(await rig.ReadyForExportAsync());
    }

    [Theory]
    [InlineData("decline")]
    [InlineData("cancel")]
    [InlineData("untick")]
    public async Task Generate_UserSaysNo_NothingSentNothingSpent(string how)
    {
        var answer = how switch
        {
            "untick" => ElicitAnswer.Accept(spend: false),
            _ => new ElicitResult { Action = how },
        };
        await using var rig = await Rig.StartAsync(answer);
        await rig.UploadAsync();

        var result = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        Assert.True(result.IsError != true, result.Text());
        Assert.Equal("not_sent", result.Field("status"));
        Assert.Contains("Nothing was sent and nothing was spent; 100 credits are still available.", result.Text(), StringComparison.Ordinal);
        Assert.Equal(100, Credits(result).GetProperty("available").GetInt64());
        Assert.Equal(100, rig.Engine.Balance(rig.Engine.LocalUser()).Available);
        Assert.False(await rig.ReadyForExportAsync());
    }

    [Fact]
    public async Task Generate_QuestionOutlivesTheToolWait_NothingSentNothingSpent()
    {
        // The user never answers: the question ends with the call's wait, and nothing goes out. (Under
        // 2026-07-28 the client answers the question between two calls of its own, so it holds the call.)
        await using var rig = await Rig.StartAsync(answer: null, slowAnswer: TimeSpan.FromMinutes(5), toolWait: TimeSpan.FromSeconds(1), revision: "2025-11-25");
        await rig.UploadAsync();

        var result = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        Assert.True(result.IsError != true, result.Text());
        Assert.Equal("not_sent", result.Field("status"));
        Assert.Contains("got no answer from your client", result.Text(), StringComparison.Ordinal);
        Assert.Single(rig.Questions);
        Assert.Equal(0, rig.Mcp.Services.GetRequiredService<TurnJobs>().Running);
        Assert.Equal(100, rig.Engine.Balance(rig.Engine.LocalUser()).Available);
        Assert.False(await rig.ReadyForExportAsync());
    }

    [Fact]
    public async Task Edit_UnderTheThreshold_NotAskedAndTheSpendTold()
    {
        await using var rig = await Rig.StartAsync(ElicitAnswer.Accept(spend: true));
        await rig.UploadAsync();
        await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);
        await GrantAsync(rig, 50);

        var edit = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = "add the title 'The Druid' for 2 seconds" }).WaitAsync(Deadline.Default);

        Assert.True(edit.IsError != true, edit.Text());
        Assert.Single(rig.Questions); // only the generation was asked about
        Assert.Contains("Credits: 50 spent, 0 left.", edit.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ThresholdZero_EveryPaidMessageIsAsked()
    {
        await using var rig = await Rig.StartAsync(ElicitAnswer.Accept(spend: true), confirmAbove: 0);
        await rig.UploadAsync();
        await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);
        await GrantAsync(rig, 50);

        await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = "add the title 'The Druid' for 2 seconds" }).WaitAsync(Deadline.Default);

        Assert.Equal(2, rig.Questions.Count);
        Assert.Contains("This edit will spend about 50 credits", rig.Questions.Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_ClientCannotAsk_SentAndTheSpendTold()
    {
        await using var rig = await Rig.StartAsync(answer: null);
        await rig.UploadAsync();

        var result = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        Assert.True(result.IsError != true, result.Text());
        Assert.Equal("done", result.Field("status"));
        Assert.Contains("Credits: 100 spent, 0 left.", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_Unlimited_NeitherAskedNorCounted()
    {
        await using var rig = await Rig.StartAsync(ElicitAnswer.Accept(spend: true), quota: false);
        await rig.UploadAsync();

        var result = await rig.Mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        Assert.True(result.IsError != true, result.Text());
        Assert.Empty(rig.Questions);
        Assert.DoesNotContain("Credits:", result.Text(), StringComparison.Ordinal);
        Assert.True(result.StructuredContent!.Value.GetProperty("credits").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Cloud_Generate_QuotedAtTheReferencesPriceAndAsked()
    {
        await using var studio = await LoopbackStudio.StartAsync(FaultOptions.None,
            options => options with { Credits = Studio.Engine.CreditRules.Quota with { AnonymousAllowance = 300 } });
        using var folder = new TempFolder();
        var questions = new ConcurrentQueue<ElicitRequestParams>();
        await using var mcp = await InProcessMcp.StartAsync(Settings.For(folder), Rig.Answering(new ElicitResult { Action = "decline" }, questions), studio.Backend());
        var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(folder.Path, "hero.png"), SKEncodedImageFormat.Png);
        await mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction = Animate }).WaitAsync(Deadline.Default);

        Assert.Equal("not_sent", result.Field("status"));
        Assert.Contains("Generating the clip will spend about 100 credits. You have 300 available, about 200 after it.", Assert.Single(questions).Message, StringComparison.Ordinal);
        Assert.Empty(studio.To("POST", "run_sse"));
    }

    private static JsonElement Credits(CallToolResult result) => result.StructuredContent!.Value.GetProperty("credits");

    // Tops the local user up, as a studio's operator would, so a second paid message can be afforded.
    private static Task GrantAsync(Rig rig, long credits)
    {
        rig.Engine.Store.Post(rig.Engine.LocalUser().UserId, credits, "test top-up");
        return Task.CompletedTask;
    }

    private static class ElicitAnswer
    {
        public static ElicitResult Accept(bool spend) => new()
        {
            Action = "accept",
            Content = new Dictionary<string, JsonElement> { [SpendConfirmation.Field] = JsonSerializer.SerializeToElement(spend) },
        };
    }

    private sealed class Rig : IAsyncDisposable
    {
        private Rig(TempFolder folder, StudioEngine engine, InProcessMcp mcp, ConcurrentQueue<ElicitRequestParams> questions)
        {
            Folder = folder;
            Engine = engine;
            Mcp = mcp;
            Questions = questions;
        }

        public TempFolder Folder { get; }

        public StudioEngine Engine { get; }

        public InProcessMcp Mcp { get; }

        public ConcurrentQueue<ElicitRequestParams> Questions { get; }

        public string SessionId { get; private set; } = "";

        /// <summary>A client that answers every question with <paramref name="answer"/> (no elicitation at all when null, unless it is slow).</summary>
        /// <param name="slowAnswer">The user takes this long to answer (then says yes).</param>
        public static McpClientHandlers Answering(ElicitResult? answer, ConcurrentQueue<ElicitRequestParams> questions, TimeSpan? slowAnswer = null) => new()
        {
            ElicitationHandler = slowAnswer is { } slow
                ? async (request, cancellationToken) =>
                {
                    questions.Enqueue(request!);
                    await Task.Delay(slow, cancellationToken);
                    return ElicitAnswer.Accept(spend: true);
                }
                : answer is null ? null : (request, _) =>
                {
                    questions.Enqueue(request!);
                    return ValueTask.FromResult(answer);
                },
        };

        public static async Task<Rig> StartAsync(ElicitResult? answer, bool quota = true, long? confirmAbove = null, string? revision = null,
            TimeSpan? slowAnswer = null, TimeSpan? toolWait = null)
        {
            var folder = new TempFolder();
            var questions = new ConcurrentQueue<ElicitRequestParams>();
            var engine = StudioEngine.Start(new StudioOptions
            {
                Folder = folder.Combine("studio"),
                RenderWorkers = 1,
                Credits = quota ? Studio.Engine.CreditRules.Quota : Studio.Engine.CreditRules.Unlimited,
            });
            var mcp = await InProcessMcp.StartAsync(Settings.For(folder), Answering(answer, questions, slowAnswer), new StudioBackend(engine),
                services =>
                {
                    if (confirmAbove is { } above)
                    {
                        services.AddSingleton(new SpendingOptions(above));
                    }

                    if (toolWait is { } wait)
                    {
                        services.AddSingleton(new JanitorVideo.Server.Export.ExportOptions { ToolWait = wait });
                    }
                }, revision);
            return new Rig(folder, engine, mcp, questions);
        }

        public async Task UploadAsync()
        {
            var art = TestArt.Save(TestArt.Character(240, 360), Path.Combine(Folder.Path, "hero.png"), SKEncodedImageFormat.Png);
            var upload = await Mcp.Client.CallAsync("upload", new { files = new[] { art } }).WaitAsync(Deadline.Default);
            Assert.True(upload.IsError != true, upload.Text());
            SessionId = upload.Field("session_id");
        }

        public async Task<bool> ReadyForExportAsync()
        {
            var state = await Mcp.Client.CallAsync("get_state").WaitAsync(Deadline.Default);
            return state.StructuredContent!.Value.GetProperty("ready_for_export").GetBoolean();
        }

        public async ValueTask DisposeAsync()
        {
            await Mcp.DisposeAsync();
            await Engine.DisposeAsync();
            Folder.Dispose();
        }
    }
}
