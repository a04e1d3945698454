using System.Text;
using JanitorVideo.Core.Backend;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Conversation;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Store;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>A studio over a temp folder, with helpers to talk to it as a user would.</summary>
internal sealed class StudioFixture : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private StudioFixture(StudioOptions options, FaultOptions? faults, ModelAccess? models, TimeProvider? time)
    {
        Options = options with { Folder = folder.Combine("studio") };
        Faults = faults;
        Models = models;
        Time = time;
        Engine = StudioEngine.Start(Options, models, faults, time);
    }

    public StudioOptions Options { get; }

    public FaultOptions? Faults { get; }

    public ModelAccess? Models { get; }

    public TimeProvider? Time { get; }

    public StudioEngine Engine { get; private set; }

    public string Folder => folder.Path;

    public static StudioFixture Start(StudioOptions? options = null, FaultOptions? faults = null, ModelAccess? models = null, TimeProvider? time = null) =>
        new(options ?? new StudioOptions { Folder = "unused", RenderWorkers = 1 }, faults, models, time);

    /// <summary>Stops the studio and starts it again over the same folder (a restart).</summary>
    public async Task RestartAsync()
    {
        await Engine.DisposeAsync();
        Engine = StudioEngine.Start(Options, Models, Faults, Time);
    }

    /// <summary>A character image; the same size gives the same bytes.</summary>
    public string Character(string name = "druid.png", int width = 240)
    {
        using var bitmap = TestArt.Character(width, 360);
        return TestArt.Save(bitmap, folder.Combine(name), SKEncodedImageFormat.Png);
    }

    public async Task<SessionRecord> ProjectAsync(StudioUser user)
    {
        var session = Engine.CreateSession(user, "en");
        await Engine.UploadAsync(user, session.SessionId, [new UploadSource.LocalFile(Character($"art-{Guid.NewGuid():N}.png"))]);
        return session;
    }

    public async Task<(string Text, List<AgentEvent> Events)> SayAsync(StudioUser user, string sessionId, string words)
    {
        var events = new List<AgentEvent>();
        var text = new StringBuilder();
        await foreach (var item in Engine.SendMessageAsync(user, sessionId, words))
        {
            events.Add(item);
            if (item is AgentEvent.Text said)
            {
                text.Append(said.Content);
            }
        }

        return (text.ToString(), events);
    }

    public Task<RenderRecord> WaitAsync(StudioUser user, string renderId) =>
        Deadline.PollAsync(() => Engine.Render(user, renderId), job => job.Status is not (RenderStatus.Pending or RenderStatus.Processing),
            TimeSpan.FromMilliseconds(100), $"render {renderId} to end", TimeSpan.FromMinutes(4));

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        folder.Dispose();
    }
}
