using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Tests.Imaging.Media;
using JanitorVideo.TestInputs.Media;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class ImageDecoderFormatTests
{
    private static readonly (byte, byte, byte)[] Palette = [(255, 0, 0), (0, 0, 255), (0, 255, 0), (0, 0, 0)];

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "PNG")]
    [InlineData(SKEncodedImageFormat.Jpeg, "JPEG")]
    [InlineData(SKEncodedImageFormat.Webp, "WEBP")]
    public void Decode_OpaqueStill_GivesOneUprightFrameWithoutAlpha(SKEncodedImageFormat format, string name)
    {
        using var picture = TestPictures.Figure(300, 450, Backdrop.Plain);
        using var image = ImageDecoder.Decode(new MemoryStream(TestPictures.Encode(picture, format)));

        Assert.Equal(name, image.Format);
        Assert.Equal((300, 450), (image.Width, image.Height));
        Assert.Equal((300, 450), (image.OriginalWidth, image.OriginalHeight));
        Assert.False(image.HasAlpha);
        var frame = Assert.Single(image.Frames);
        Assert.Equal(TimeSpan.Zero, image.LoopDuration);
        Assert.Equal(SKColorType.Bgra8888, frame.Bitmap.ColorType);
        Assert.Equal(SKAlphaType.Premul, frame.Bitmap.AlphaType);
        AssertClose(TestPictures.Dress, frame.Bitmap.GetPixel(150, 300), 12);
    }

    [Fact]
    public void Decode_TransparentPng_HasAlphaAndKeepsTransparency()
    {
        using var picture = TestPictures.Figure(200, 300, Backdrop.Transparent);
        using var image = ImageDecoder.Decode(new MemoryStream(TestPictures.Encode(picture, SKEncodedImageFormat.Png)));

        Assert.True(image.HasAlpha);
        Assert.Equal(0, image.Frames[0].Bitmap.GetPixel(5, 5).Alpha);
        Assert.Equal(255, image.Frames[0].Bitmap.GetPixel(100, 200).Alpha);
    }

    [Fact]
    public void Decode_PngWithAlphaChannelButAllOpaque_HasNoAlpha()
    {
        // Skia encodes a premultiplied bitmap as RGBA even when every pixel is opaque.
        using var picture = TestPictures.Figure(120, 160, Backdrop.Gradient);
        using var image = ImageDecoder.Decode(new MemoryStream(TestPictures.Encode(picture, SKEncodedImageFormat.Png)));

        Assert.False(image.HasAlpha);
    }

    [Fact]
    public void Decode_StillGifFromFfmpeg_GivesOneFrame()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("still.gif");
        FfmpegCommand.Run("-f", "lavfi", "-i", "testsrc=size=96x64:rate=1", "-frames:v", "1", path);

        using var image = ImageDecoder.Decode(path);

        Assert.Equal("GIF", image.Format);
        Assert.Equal((96, 64), (image.Width, image.Height));
        Assert.Single(image.Frames);
        Assert.False(image.HasAlpha);
    }

    [Theory]
    [InlineData("gif", "GIF")]
    [InlineData("webp", "WEBP")]
    public void Decode_AnimationFromFfmpeg_GivesEveryFrameWithItsDelay(string extension, string name)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("moving." + extension);
        string[] codec = extension == "webp" ? ["-c:v", "libwebp_anim", "-loop", "0"] : [];
        FfmpegCommand.Run(["-f", "lavfi", "-i", "testsrc=size=64x48:rate=10", "-t", "1", .. codec, path]);

        using var image = ImageDecoder.Decode(path);

        Assert.Equal(name, image.Format);
        Assert.Equal(10, image.Frames.Count);
        Assert.All(image.Frames, f => Assert.Equal(TimeSpan.FromMilliseconds(100), f.Delay));
        Assert.All(image.Frames, f => Assert.Equal((64, 48), (f.Bitmap.Width, f.Bitmap.Height)));
        Assert.Equal(TimeSpan.FromSeconds(1), image.LoopDuration);
        // testsrc moves: consecutive frames differ.
        Assert.NotEqual(Checksum(image.Frames[0].Bitmap), Checksum(image.Frames[5].Bitmap));
    }

    [Fact]
    public void Decode_GifWithPartialFrames_CompositesFullCanvasesAndReadsDelaysLikeBrowsers()
    {
        var gif = GifBytes.Write(40, 30, Palette,
        [
            new GifFrame(0, 0, 40, 30, Index: 0, DelayCentiseconds: 20),
            new GifFrame(5, 5, 10, 10, Index: 1, DelayCentiseconds: 0),
            new GifFrame(20, 10, 10, 10, Index: 2, DelayCentiseconds: 5),
        ]);

        using var image = ImageDecoder.Decode(new MemoryStream(gif));

        Assert.Equal([200, 100, 50], image.Frames.Select(f => (int)f.Delay.TotalMilliseconds));
        var last = image.Frames[2].Bitmap;
        Assert.Equal(SKColors.Red, last.GetPixel(1, 1));
        Assert.Equal(SKColors.Blue, last.GetPixel(8, 8));
        Assert.Equal(SKColors.Lime, last.GetPixel(25, 15));
        Assert.Equal(TimeSpan.FromMilliseconds(350), image.LoopDuration);
        Assert.Same(image.Frames[1], image.FrameAt(TimeSpan.FromMilliseconds(250)));
        Assert.Same(image.Frames[2], image.FrameAt(TimeSpan.FromMilliseconds(-10)));
        Assert.Same(image.Frames[0], image.FrameAt(TimeSpan.FromMilliseconds(350 * 3 + 10)));
    }

    [Theory]
    [InlineData(2, 0)]      // restore to background: the patch becomes transparent
    [InlineData(3, 255)]    // restore to previous: the red under the patch comes back
    public void Decode_GifDisposal_IsHonouredInTheNextFrame(int disposal, int alphaAfter)
    {
        var gif = GifBytes.Write(40, 30, Palette,
        [
            new GifFrame(0, 0, 40, 30, Index: 0, DelayCentiseconds: 10),
            new GifFrame(5, 5, 10, 10, Index: 1, DelayCentiseconds: 10, Disposal: disposal),
            new GifFrame(30, 20, 5, 5, Index: 2, DelayCentiseconds: 10),
            new GifFrame(0, 0, 2, 2, Index: 3, DelayCentiseconds: 10),
        ]);

        using var image = ImageDecoder.Decode(new MemoryStream(gif));

        Assert.Equal(SKColors.Blue, image.Frames[1].Bitmap.GetPixel(8, 8));
        foreach (var later in image.Frames.Skip(2))
        {
            var pixel = later.Bitmap.GetPixel(8, 8);
            Assert.Equal(alphaAfter, pixel.Alpha);
            Assert.NotEqual(SKColors.Blue, pixel);
            Assert.Equal(SKColors.Lime, later.Bitmap.GetPixel(32, 22));
        }
        Assert.Equal(disposal == 2, image.HasAlpha);
    }

    [Theory]
    [InlineData(1, 80, 40, "left")]
    [InlineData(3, 80, 40, "right")]
    [InlineData(6, 40, 80, "top")]
    [InlineData(8, 40, 80, "bottom")]
    public void Decode_JpegWithExifOrientation_ComesOutUpright(int orientation, int width, int height, string redSide)
    {
        using var stored = TestPictures.Halves(80, 40, SKColors.Red, SKColors.Blue);
        var jpeg = EncodedBytes.WithExifOrientation(TestPictures.Encode(stored, SKEncodedImageFormat.Jpeg), orientation);

        using var image = ImageDecoder.Decode(new MemoryStream(jpeg));

        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal((80, 40), (image.OriginalWidth, image.OriginalHeight));
        var (x, y) = redSide switch
        {
            "left" => (10, height / 2),
            "right" => (width - 10, height / 2),
            "top" => (width / 2, 10),
            _ => (width / 2, height - 10),
        };
        AssertClose(SKColors.Red, image.Frames[0].Bitmap.GetPixel(x, y), 30);
        AssertClose(SKColors.Blue, image.Frames[0].Bitmap.GetPixel(width - 1 - x, height - 1 - y), 30);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void Decode_6000x4000_IsScaledToTheLongSideLimit(SKEncodedImageFormat format)
    {
        using var stored = TestPictures.Halves(6000, 4000, SKColors.Red, SKColors.Blue);
        var bytes = TestPictures.Encode(stored, format, quality: 80);

        using var image = ImageDecoder.Decode(new MemoryStream(bytes));

        Assert.Equal((2600, 1733), (image.Width, image.Height));
        Assert.Equal((6000, 4000), (image.OriginalWidth, image.OriginalHeight));
        var bitmap = image.Frames[0].Bitmap;
        AssertClose(SKColors.Red, bitmap.GetPixel(650, 866), 20);
        AssertClose(SKColors.Blue, bitmap.GetPixel(1950, 866), 20);
    }

    [Fact]
    public void Decode_AnimationOverTheMemoryBudget_IsScaledDownToFit()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("moving.webp");
        FfmpegCommand.Run("-f", "lavfi", "-i", "testsrc=size=64x48:rate=10", "-t", "1", "-c:v", "libwebp_anim", path);
        var budget = 64 * 48 * 4 * 10 / 4;

        using var image = ImageDecoder.Decode(path, new DecodeLimits(MaxDecodedBytes: budget));

        Assert.Equal(10, image.Frames.Count);
        Assert.True(image.Frames.Sum(f => (long)f.Bitmap.Width * f.Bitmap.Height * 4) <= budget);
        Assert.Equal((32, 24), (image.Width, image.Height));
    }

    [Fact]
    public void Decode_ForwardOnlyStreamOfAnAnimation_GivesEveryFrame()
    {
        var gif = GifBytes.Write(20, 20, Palette,
            Enumerable.Range(0, 6).Select(i => new GifFrame(i, i, 5, 5, (byte)(i % 3), 10)));

        using var image = ImageDecoder.Decode(new ForwardOnlyStream(gif));

        Assert.Equal(6, image.Frames.Count);
        // Each frame adds a 5x5 square one pixel further down-right; later squares cover earlier ones.
        var last = image.Frames[5].Bitmap;
        Assert.Equal(SKColors.Red, last.GetPixel(0, 0));
        Assert.Equal(SKColors.Blue, last.GetPixel(1, 5));
        Assert.Equal(SKColors.Lime, last.GetPixel(9, 9));
        Assert.Equal(0, last.GetPixel(15, 15).Alpha);
    }

    [Fact]
    public void Decode_FromFilePath_ReadsTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("picture.png");
        using var picture = TestPictures.Figure(64, 96, Backdrop.Plain);
        File.WriteAllBytes(path, TestPictures.Encode(picture, SKEncodedImageFormat.Png));

        using var image = ImageDecoder.Decode(path);

        Assert.Equal((64, 96), (image.Width, image.Height));
    }

    internal static void AssertClose(SKColor expected, SKColor actual, int tolerance)
    {
        var close = Math.Abs(expected.Red - actual.Red) <= tolerance
            && Math.Abs(expected.Green - actual.Green) <= tolerance
            && Math.Abs(expected.Blue - actual.Blue) <= tolerance;
        Assert.True(close, $"expected about {expected}, got {actual}");
    }

    private static long Checksum(SKBitmap bitmap)
    {
        long sum = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                sum = (sum * 31) + (uint)bitmap.GetPixel(x, y);
            }
        }
        return sum;
    }
}
