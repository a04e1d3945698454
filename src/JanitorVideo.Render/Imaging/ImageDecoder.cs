using JanitorVideo.Core.Media;
using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Decodes an uploaded picture (JPG, PNG, WEBP, GIF, still or animated) into upright,
/// scaled, BGRA premultiplied frames. Headers are checked against <see cref="DecodeLimits"/>
/// before any pixel is decoded; anything unusable becomes a <see cref="RenderInputException"/>
/// whose message tells the user what to do.
/// </summary>
public static class ImageDecoder
{
    private const int HeadLength = MediaFormats.SniffLength;

    /// <summary>Decodes the image file at <paramref name="path"/>.</summary>
    public static SourceImage Decode(string path, DecodeLimits? limits = null)
    {
        using var stream = OpenFile(path);
        return Decode(stream, limits);
    }

    /// <summary>Opens an image file for reading; a missing or unreadable file is refused as <see cref="Decode(string, DecodeLimits?)"/> refuses it.</summary>
    public static FileStream OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw DecodeRefusals.NotFound(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DecodeRefusals.Unreadable(path, e);
        }
    }

    /// <summary>
    /// Decodes an image from <paramref name="stream"/>, read from its current position. A stream
    /// that cannot seek is first copied into memory (animations need to re-read frames).
    /// The stream is left open.
    /// </summary>
    /// <param name="cancellationToken">Stops an animation between frames (a still decodes in one go).</param>
    public static SourceImage Decode(Stream stream, DecodeLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= new DecodeLimits();
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using (copy)
            {
                return DecodeSeekable(copy, limits, cancellationToken);
            }
        }
        return DecodeSeekable(stream, limits, cancellationToken);
    }

    private static SourceImage DecodeSeekable(Stream stream, DecodeLimits limits, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        Span<byte> buffer = stackalloc byte[HeadLength];
        var head = buffer[..stream.ReadAtLeast(buffer, HeadLength, throwOnEndOfStream: false)];
        if (head.IsEmpty)
        {
            throw DecodeRefusals.Empty();
        }
        if (MediaFormats.NameRefused(head) is { } refused)
        {
            throw DecodeRefusals.Unsupported(refused);
        }
        // Only an accepted image's name is worth repeating if Skia cannot open it; anything else is "not an image".
        var sniffed = MediaFormats.Sniff(head) is { Kind: MediaKind.Image } image ? image.Name : null;
        if (ImageHeaderProbe.Dimensions(head) is var (probedWidth, probedHeight))
        {
            CheckPixels(probedWidth, probedHeight, limits);
        }
        stream.Position = start;

        using var codec = SKCodec.Create(new SKManagedStream(stream, disposeManagedStream: false), out var created);
        if (codec is null)
        {
            throw sniffed is null ? DecodeRefusals.NotAnImage() : DecodeRefusals.Damaged(sniffed,
                new InvalidDataException($"Skia could not open the file: {created}"));
        }
        var format = ImageFormatNames.Accepted(codec.EncodedFormat)
            ?? throw DecodeRefusals.Unsupported(ImageFormatNames.Refused(codec.EncodedFormat));
        var stored = codec.Info.Size;
        CheckPixels(stored.Width, stored.Height, limits);

        var frameCount = Math.Max(1, codec.FrameCount);
        if (frameCount > limits.MaxFrames)
        {
            throw DecodeRefusals.TooManyFrames(frameCount, limits.MaxFrames);
        }
        var target = DecodeSize.For(stored.Width, stored.Height, frameCount, limits);
        List<SourceFrame> frames;
        if (frameCount > 1)
        {
            // Compositing needs the whole canvas twice (the frame and one kept for "restore to previous").
            var maxCanvasPixels = limits.MaxDecodedBytes / 8;
            if ((long)stored.Width * stored.Height > maxCanvasPixels)
            {
                throw DecodeRefusals.AnimationTooLarge(stored.Width, stored.Height, maxCanvasPixels);
            }
            if ((long)frameCount * stored.Width * stored.Height > limits.MaxAnimationPixels)
            {
                throw DecodeRefusals.AnimationTooMuchWork(frameCount, stored.Width, stored.Height, limits.MaxAnimationPixels);
            }
            frames = AnimationDecoder.Decode(codec, target, format, cancellationToken);
        }
        else
        {
            frames = [new SourceFrame(StillDecoder.Decode(codec, target, format), TimeSpan.Zero)];
        }

        var origin = codec.EncodedOrigin;
        for (var i = 0; i < frames.Count; i++)
        {
            frames[i] = frames[i] with { Bitmap = ImageOrientation.Apply(frames[i].Bitmap, origin) };
        }
        // An opaque still needs no scan; an animation can clear to transparent when it disposes a frame.
        var surelyOpaque = frames.Count == 1 && codec.Info.AlphaType == SKAlphaType.Opaque;
        var hasAlpha = !surelyOpaque && frames.Exists(f => OpacityScan.HasTransparency(f.Bitmap));
        return new SourceImage
        {
            Format = format,
            OriginalWidth = stored.Width,
            OriginalHeight = stored.Height,
            HasAlpha = hasAlpha,
            Frames = frames,
        };
    }

    private static void CheckPixels(int width, int height, DecodeLimits limits)
    {
        if (width <= 0 || height <= 0)
        {
            throw DecodeRefusals.NotAnImage();
        }
        if ((long)width * height > limits.MaxPixels)
        {
            throw DecodeRefusals.TooManyPixels(width, height, limits.MaxPixels);
        }
    }
}
