using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class StderrTailTests
{
    [Fact]
    public async Task PumpAsync_ManyLines_KeepsOnlyTheLastFifty()
    {
        var tail = new StderrTail();
        var text = string.Join('\n', Enumerable.Range(1, 1000).Select(i => $"line {i}"));

        await tail.PumpAsync(new StringReader(text));

        Assert.Equal(Enumerable.Range(951, 50).Select(i => $"line {i}"), tail.Lines);
    }

    [Fact]
    public async Task PumpAsync_EndlessLine_IsCutToABoundedLength()
    {
        var tail = new StderrTail();

        await tail.PumpAsync(new StringReader(new string('x', 1_000_000) + "\r\nframe=  10 fps=0.0\rfinal words"));

        Assert.Equal(400, tail.Lines[0].Length);
        Assert.Equal(["frame=  10 fps=0.0", "final words"], tail.Lines.Skip(1));
    }
}
