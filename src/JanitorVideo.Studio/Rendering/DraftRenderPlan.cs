using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Planning;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// What the engine needs to render a draft: one shot per image, played back to back, and the
/// music under the whole. Every shot shares the frame, frame rate and encoder settings, so the
/// shots can be joined without re-encoding. Shots carry no music; it is laid over the whole.
/// </summary>
public sealed record DraftRenderPlan(
    IReadOnlyList<PlannedShot> Shots,
    PlannedMusic? Music,
    OutputFormat Format,
    int Fps,
    EncodeQuality Quality)
{
    /// <summary>Frames of the whole video.</summary>
    public int FrameCount => Shots.Sum(shot => shot.Plan.FrameCount);

    /// <summary>Length of the whole video.</summary>
    public double DurationSeconds => (double)FrameCount / Fps;

    /// <summary>The one clip to render when the draft has a single image (music included); null otherwise.</summary>
    public AnimationPlan? SingleClip => Shots.Count == 1 ? Shots[0].Plan with { Music = Music?.Spec } : null;

    /// <summary>What the joined video must be: the check the joiner makes, and its music.</summary>
    public EncodeSettings JoinSettings => new(Format.Width, Format.Height, Fps, FrameCount, Quality, Music: Music?.Spec);
}
