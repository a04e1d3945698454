using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Render.Framing;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Rendering;

/// <summary>The frame of a draft (<c>m</c>): its size and frame rate, with the studio's defaults for what is not set.</summary>
internal static class DraftFrame
{
    /// <summary>The smallest and largest side accepted; sizes outside are clamped.</summary>
    public const int MinSide = 128, MaxSide = 3840;

    /// <summary>The frame rates the engine draws.</summary>
    public const int MinFps = 12, MaxFps = 60;

    /// <summary><c>width</c> × <c>height</c> when both are set (even, clamped), else the <c>aspect</c> at 1080, else 1080x1920.</summary>
    public static OutputFormat Format(DraftMetadata metadata)
    {
        if (metadata.Width is > 0 and var width && metadata.Height is > 0 and var height)
        {
            return new OutputFormat(Side(width), Side(height));
        }

        var aspect = metadata.Aspect is { } named && DraftConventions.Aspects.Contains(named) ? named : DraftConventions.DefaultAspect;
        var (w, h) = DraftConventions.FrameSize(aspect, DraftConventions.MaxShortSide);
        return new OutputFormat(w, h);
    }

    /// <summary><c>fps</c> rounded and clamped to what the engine draws; 30 when not set.</summary>
    public static int Fps(DraftMetadata metadata) =>
        metadata.Fps is { } fps && double.IsFinite(fps)
            ? (int)Math.Clamp(Math.Round(fps), MinFps, MaxFps)
            : DraftConventions.Fps;

    /// <summary>The draft's own seed (<c>m.seed</c>, a whole number), or null when it has none.</summary>
    public static int? Seed(DraftMetadata metadata) =>
        metadata.GetRaw(DraftConventions.SeedKey) is JsonValue value && value.TryGetValue<int>(out var seed) ? seed : null;

    // yuv420p needs even sides.
    private static int Side(int pixels) => Math.Clamp(pixels, MinSide, MaxSide) & ~1;
}
