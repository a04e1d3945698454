using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Rendering;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Tests.Rendering;

/// <summary>The studio's warm-up: one unseen render per process, in the background, that leaves nothing behind.</summary>
public sealed class RenderWarmUpTests
{
    [Fact]
    public async Task Start_TwiceInOneProcess_RendersOnceAndLeavesNoFolder()
    {
        var logger = new RecordingLogger();

        var first = RenderWarmUp.Start(FfmpegTools.Locate(), logger);
        var second = RenderWarmUp.Start(FfmpegTools.Locate(), new RecordingLogger());
        await first.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Same(first, second);
        Assert.Contains(logger.Entries, entry => entry.Level == LogLevel.Information && entry.Message.StartsWith("Render path warmed up in ", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), RenderWarmUp.FolderPrefix(Environment.ProcessId) + "*"));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
