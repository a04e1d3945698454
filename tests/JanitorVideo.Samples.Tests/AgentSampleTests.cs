using JanitorVideo.AgentSample;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Samples.Tests;

/// <summary>
/// The agent sample as a user runs it with no model service: the scripted stand-in drives the server,
/// started as a child process over stdio, through the quick-edit workflow to a real MP4.
/// </summary>
public sealed class AgentSampleTests
{
    // Four tool calls and one real render (about 20 s here); generous, against a hang on a busy machine.
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task QuickEdit_ScriptedModel_CallsTheToolsInOrderAndAnswersWithAnMp4ThatExists()
    {
        using var data = new TempFolder();
        var repository = Repository.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The tests run outside the repository.");
        var script = QuickEditScript.For(Path.Combine(repository, "samples", "art", "druid.png"));
        using var model = new ScriptedAgentModel(script);
        using var limit = new CancellationTokenSource(Within);

        QuickEditRun run;
        try
        {
            await using var server = await JanitorServer.ConnectAsync(Path.Combine(AppContext.BaseDirectory, "janitor-video.dll"), repository, data.Path, limit.Token);
            run = await QuickEdit.RunAsync(model, server, script.Select(turn => turn.UserSays), cancellationToken: limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new TimeoutException($"The quick-edit workflow did not finish within {Within.TotalMinutes} minutes.");
        }

        Assert.Equal(["upload", "generate_or_edit", "generate_or_edit", "export"], run.Calls.Select(call => call.Tool));
        Assert.All(run.Calls, call => Assert.False(call.IsError, $"{call.Tool} failed: {call.Answer}"));
        Assert.Contains(QuickEditScript.Animate, run.Calls[1].Arguments, StringComparison.Ordinal);
        Assert.Contains("3 s", run.Calls[1].Answer, StringComparison.Ordinal);
        Assert.Contains("Title: \"The Druid\"", run.Calls[3].Answer, StringComparison.Ordinal);

        var mp4 = Assert.IsType<string>(run.Mp4Path);
        Assert.Contains(mp4, run.FinalAnswer, StringComparison.Ordinal);
        Assert.EndsWith(".mp4", mp4, StringComparison.Ordinal);
        Assert.StartsWith(data.Path, mp4, StringComparison.Ordinal);
        var head = new byte[8];
        await using (var file = File.OpenRead(mp4))
        {
            await file.ReadExactlyAsync(head);
        }

        Assert.Equal("ftyp"u8.ToArray(), head[4..8]);
    }
}
