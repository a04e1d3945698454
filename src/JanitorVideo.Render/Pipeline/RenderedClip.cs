using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Render.Pipeline;

/// <summary>A finished clip: the verified MP4, its preview images, and what the engine chose.</summary>
public sealed record RenderedClip(string Path, MediaProbe Probe, string PosterPath, string ContactSheetPath, string MotionName, TimeSpan Elapsed)
{
    /// <summary>Where the time went, phase by phase.</summary>
    public RenderPhases Phases { get; init; } = new();
}

/// <summary>
/// Where a render's time went, in the order the phases run. They add up to the render's time apart
/// from the little between them (planning, bookkeeping).
/// </summary>
public sealed record RenderPhases
{
    /// <summary>Decoding the source image.</summary>
    public TimeSpan Decode { get; init; }

    /// <summary>Preparing the scene once: mask, depth, backdrop, text sprites, particles.</summary>
    public TimeSpan Prepare { get; init; }

    /// <summary>Waiting, once the scene was ready, for FFmpeg to start (and a built-in music bed to be made); both start with the decode.</summary>
    public TimeSpan EncoderStart { get; init; }

    /// <summary>Drawing the frames and writing them to FFmpeg, until the last one was handed over.</summary>
    public TimeSpan Frames { get; init; }

    /// <summary>After the last frame was handed over: FFmpeg taking the frames still queued for its input, encoding what it held and closing the file.</summary>
    public TimeSpan Flush { get; init; }

    /// <summary>ffprobe checking the finished file.</summary>
    public TimeSpan Verify { get; init; }

    /// <summary>Waiting for the poster and contact sheet after the file was checked (they are made while FFmpeg finishes).</summary>
    public TimeSpan Previews { get; init; }

    /// <summary>The sum of every phase.</summary>
    public TimeSpan Total => Decode + Prepare + EncoderStart + Frames + Flush + Verify + Previews;

    /// <summary>The phases of two renders added up (the shots of one draft).</summary>
    public RenderPhases Plus(RenderPhases other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RenderPhases
        {
            Decode = Decode + other.Decode,
            Prepare = Prepare + other.Prepare,
            EncoderStart = EncoderStart + other.EncoderStart,
            Frames = Frames + other.Frames,
            Flush = Flush + other.Flush,
            Verify = Verify + other.Verify,
            Previews = Previews + other.Previews,
        };
    }
}
