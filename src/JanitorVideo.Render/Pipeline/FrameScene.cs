using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Text;

namespace JanitorVideo.Render.Pipeline;

/// <summary>Everything shared, read-only, by the threads drawing frames of one clip.</summary>
internal sealed class FrameScene : IDisposable
{
    public required SceneAssets Assets { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public required int Fps { get; init; }

    public required double DurationSeconds { get; init; }

    public required bool Loop { get; init; }

    public required IReadOnlyList<ParticleSystem> Particles { get; init; }

    public required IReadOnlyList<(TextLayerSpec Spec, TextSprite Sprite)> Texts { get; init; }

    public required LightSpec Light { get; init; }

    public required FrameFinisher Finisher { get; init; }

    /// <summary>The widest bitmap sampled (scratch rows must hold a row of it).</summary>
    public int MaxLayerWidth => Math.Max(Assets.Still.Subject?.Width ?? 0, Assets.Still.Animated?.Width ?? 0);

    public void Dispose()
    {
        foreach (var particles in Particles)
        {
            particles.Dispose();
        }
        foreach (var (_, sprite) in Texts)
        {
            sprite.Dispose();
        }
        Assets.Dispose();
    }
}
