using JanitorVideo.Render.Motion;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// What every frame of one clip is drawn from: the prepared still (stage, cut-out, depth; shared
/// with other renders of the image, see <see cref="SceneCache"/>) and the motion this clip asks
/// for. Frames only sample these; nothing here changes while frames are drawn.
/// </summary>
public sealed class SceneAssets : IDisposable
{
    public required SceneStill Still { get; init; }

    public required MotionSettings Motion { get; init; }

    /// <summary>What holds <see cref="Still"/>: the still itself, or a render's hold on a shared one.</summary>
    internal IDisposable? Owner { get; init; }

    /// <summary>Lets go of the still: frees it, or lets the cache free it once no render draws from it.</summary>
    public void Dispose() => Owner?.Dispose();
}
