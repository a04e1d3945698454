namespace JanitorVideo.Render.Imaging;

/// <summary>
/// A decoded upload: its frames (one for a still, every frame of an animation, each a full
/// composited canvas), the format it came in and its size as stored. Owns the frames' bitmaps.
/// </summary>
public sealed class SourceImage : IDisposable
{
    private TimeSpan[]? _frameEnds;

    /// <summary>"JPEG", "PNG", "WEBP" or "GIF".</summary>
    public required string Format { get; init; }

    /// <summary>Width as stored in the file, before orientation and scaling.</summary>
    public required int OriginalWidth { get; init; }

    /// <summary>Height as stored in the file, before orientation and scaling.</summary>
    public required int OriginalHeight { get; init; }

    /// <summary>Width of the decoded frames (upright, scaled).</summary>
    public int Width => Frames[0].Bitmap.Width;

    /// <summary>Height of the decoded frames (upright, scaled).</summary>
    public int Height => Frames[0].Bitmap.Height;

    /// <summary>True only when some decoded pixel is not fully opaque.</summary>
    public required bool HasAlpha { get; init; }

    /// <summary>At least one frame; all of them, in order, for an animation.</summary>
    public required IReadOnlyList<SourceFrame> Frames { get; init; }

    /// <summary>True when there is more than one frame.</summary>
    public bool IsAnimated => Frames.Count > 1;

    /// <summary>The sum of the frame delays: one pass of the animation (zero for a still).</summary>
    public TimeSpan LoopDuration => FrameEnds is { Length: > 0 } ends ? ends[^1] : TimeSpan.Zero;

    private TimeSpan[] FrameEnds => _frameEnds ??= AccumulateDelays();

    /// <summary>The frame showing at time <paramref name="t"/>, the animation looping forever.</summary>
    public SourceFrame FrameAt(TimeSpan t)
    {
        var loop = LoopDuration;
        if (Frames.Count == 1 || loop <= TimeSpan.Zero)
        {
            return Frames[0];
        }
        var ticks = t.Ticks % loop.Ticks;
        if (ticks < 0)
        {
            ticks += loop.Ticks;
        }
        var ends = FrameEnds;
        for (var i = 0; i < ends.Length; i++)
        {
            if (ticks < ends[i].Ticks)
            {
                return Frames[i];
            }
        }
        return Frames[^1];
    }

    public void Dispose()
    {
        foreach (var frame in Frames)
        {
            frame.Bitmap.Dispose();
        }
    }

    private TimeSpan[] AccumulateDelays()
    {
        var ends = new TimeSpan[Frames.Count];
        var sum = TimeSpan.Zero;
        for (var i = 0; i < ends.Length; i++)
        {
            sum += Frames[i].Delay;
            ends[i] = sum;
        }
        return ends;
    }
}
