using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Decodes every frame of an animated GIF or WEBP as a full composited canvas. Skia blends each
/// frame onto the frame it depends on (its required frame) and applies "restore to background";
/// this class keeps that earlier frame at hand, including across "restore to previous" frames,
/// so each frame is decoded once.
/// </summary>
internal static unsafe class AnimationDecoder
{
    public static List<SourceFrame> Decode(SKCodec codec, SKSizeI target, string format, CancellationToken cancellationToken = default)
    {
        var size = codec.Info.Size;
        var info = StillDecoder.DecodeInfo(size);
        var frameInfos = codec.FrameInfo;
        var frames = new List<SourceFrame>(frameInfos.Length);
        using var canvas = StillDecoder.NewBitmap(size);
        SKBitmap? saved = null;
        var savedIndex = -1;
        var canvasIndex = -1;
        try
        {
            for (var i = 0; i < frameInfos.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var frame = frameInfos[i];
                if (!frame.FullyRecieved)
                {
                    throw DecodeRefusals.Damaged(format);
                }
                var prior = PriorFrame(frameInfos, i, canvasIndex, savedIndex);
                if (prior == -1)
                {
                    canvas.Erase(SKColors.Transparent);
                }
                else if (prior == savedIndex && prior != canvasIndex)
                {
                    CopyPixels(saved!, canvas);
                }
                // The frame about to be drawn will be undone afterwards: keep what it covers.
                if (frame.DisposalMethod == SKCodecAnimationDisposalMethod.RestorePrevious && prior != -1)
                {
                    saved ??= StillDecoder.NewBitmap(size);
                    CopyPixels(canvas, saved);
                    savedIndex = prior;
                }
                var options = new SKCodecOptions(i, prior);
                StillDecoder.Check(codec.GetPixels(info, canvas.GetPixels(), canvas.RowBytes, options), format);
                canvasIndex = i;
                var bitmap = target == size ? Copy(canvas) : AreaDownsampler.Shrink(canvas, target.Width, target.Height);
                frames.Add(new SourceFrame(bitmap, FrameDelay.FromStored(frame.Duration)));
            }
            return frames;
        }
        catch
        {
            foreach (var f in frames)
            {
                f.Bitmap.Dispose();
            }
            throw;
        }
        finally
        {
            saved?.Dispose();
        }
    }

    // Which already composited frame to decode frame i on top of, or -1 to start from a clear
    // canvas (Skia then rebuilds any required frame itself).
    private static int PriorFrame(SKCodecFrameInfo[] frames, int i, int canvasIndex, int savedIndex)
    {
        var required = frames[i].RequiredFrame;
        if (required == -1)
        {
            return -1;
        }
        if (canvasIndex >= required && canvasIndex < i
            && frames[canvasIndex].DisposalMethod != SKCodecAnimationDisposalMethod.RestorePrevious)
        {
            return canvasIndex;
        }
        if (savedIndex >= required && savedIndex < i)
        {
            return savedIndex;
        }
        return -1;
    }

    private static SKBitmap Copy(SKBitmap source)
    {
        var copy = StillDecoder.NewBitmap(new SKSizeI(source.Width, source.Height));
        CopyPixels(source, copy);
        return copy;
    }

    private static void CopyPixels(SKBitmap from, SKBitmap to)
    {
        var bytes = (long)from.RowBytes * from.Height;
        Buffer.MemoryCopy((void*)from.GetPixels(), (void*)to.GetPixels(), bytes, bytes);
    }
}
