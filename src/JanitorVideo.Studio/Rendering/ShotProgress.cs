using JanitorVideo.Render.Pipeline;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// A shot's progress, counted into the whole draft's percent, and the way a shot is stopped.
/// </summary>
/// <remarks>
/// The engine's <see cref="ClipRenderer"/>, when its token is cancelled while frames are being
/// drawn, returns without waiting for its drawing threads and disposes what they still use; one
/// of them then fails on a disposed token source and the process ends. So shots are rendered
/// without a token, and a cancelled render fails the next progress report instead: the engine
/// takes its failure path, which stops and waits for the drawing threads, kills FFmpeg and
/// deletes the unfinished file. The next report comes with the next frame FFmpeg takes.
/// </remarks>
internal sealed class ShotProgress(RenderPercent percent, int framesBefore, CancellationToken cancellationToken) : IProgress<RenderProgress>
{
    public void Report(RenderProgress value)
    {
        cancellationToken.ThrowIfCancellationRequested();
        percent.Frames(framesBefore + value.FramesDone);
    }
}
