using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Tests.Imaging.Media;
using JanitorVideo.TestInputs.Media;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

[Collection(nameof(ProcessWideMeasurements))]
public sealed class ImageDecoderRefusalTests
{
    [Fact]
    public void Decode_PngHeaderClaiming30000x30000_IsRefusedBeforeDecoding()
    {
        var bomb = EncodedBytes.PngHeaderOnly(30000, 30000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(bomb)));

        // A decode would need 3.6 GB; refusing from the header costs next to nothing. The decode runs on
        // this thread, so its own count is exact whatever other tests allocate meanwhile.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 4_000_000);
        Assert.Equal("The image is 30000x30000 (900 megapixels); the limit is 100 megapixels. Resize it and upload again.", error.Message);
    }

    [Fact]
    public void Decode_JpegHeaderClaiming30000x30000_IsRefusedWithBoundedMemory()
    {
        using var small = TestPictures.Halves(64, 64, SKColors.Red, SKColors.Blue);
        var bomb = EncodedBytes.JpegClaimingSize(TestPictures.Encode(small, SKEncodedImageFormat.Jpeg), 30000, 30000);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var residentBefore = process.WorkingSet64;

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(bomb)));

        process.Refresh();
        Assert.True(process.WorkingSet64 - residentBefore < 200_000_000, "decoding started: memory grew");
        Assert.Contains("30000x30000 (900 megapixels)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_LowerPixelLimit_IsApplied()
    {
        using var picture = TestPictures.Halves(400, 300, SKColors.Red, SKColors.Blue);
        var png = TestPictures.Encode(picture, SKEncodedImageFormat.Png);

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(png), new DecodeLimits(MaxPixels: 100_000)));

        Assert.Contains("400x300 (0.1 megapixels); the limit is 0.1 megapixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_GifWith5000Frames_IsRefusedBeforeDecodingFrames()
    {
        var frames = Enumerable.Range(0, 5000).Select(i => new GifFrame(0, 0, 1, 1, (byte)(i % 2), 2));
        var gif = GifBytes.Write(1, 1, [(0, 0, 0), (255, 255, 255)], frames);

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(gif)));

        Assert.Contains("has 5000 frames; at most 1000 can be animated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TinyGifAskingForBillionsOfPixels_IsRefusedBeforeDecodingFrames()
    {
        // A few KB: a 4000x4000 canvas (16 megapixels) and 200 one-pixel frames, each composited on
        // the whole canvas: 3.2 gigapixels of work.
        var frames = Enumerable.Range(0, 200).Select(i => new GifFrame(0, 0, 1, 1, (byte)(i % 2), 2));
        var gif = GifBytes.Write(4000, 4000, [(0, 0, 0), (255, 255, 255)], frames);
        Assert.True(gif.Length < 10_000, $"the test's GIF is {gif.Length} bytes");

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(gif)));

        Assert.Contains("200 frames of 4000x4000", error.Message, StringComparison.Ordinal);
        Assert.Contains("over the limit of 2000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_AnimationCancelled_StopsBetweenFrames()
    {
        var frames = Enumerable.Range(0, 50).Select(i => new GifFrame(0, 0, 64, 64, (byte)(i % 2), 2));
        var gif = GifBytes.Write(64, 64, [(0, 0, 0), (255, 255, 255)], frames);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ImageDecoder.Decode(new MemoryStream(gif), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Decode_ZeroBytes_SaysTheFileIsEmpty()
    {
        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream([])));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("JPG, PNG, WEBP or GIF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Text_SaysItIsNotAnImage()
    {
        var text = "Dear Janitor, please animate my character.\n"u8.ToArray();

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(text)));

        Assert.Equal("This file is not an image that can be read. Upload a JPG, PNG, WEBP or GIF picture.", error.Message);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "PNG", 0.5)]
    [InlineData(SKEncodedImageFormat.Png, "PNG", 0.02)]
    [InlineData(SKEncodedImageFormat.Jpeg, "JPEG", 0.5)]
    [InlineData(SKEncodedImageFormat.Webp, "WEBP", 0.6)]
    public void Decode_TruncatedFile_IsRefusedNotHalfShown(SKEncodedImageFormat format, string name, double kept)
    {
        using var picture = TestPictures.Figure(300, 400, Backdrop.Gradient);
        var bytes = TestPictures.Encode(picture, format);
        var truncated = bytes[..(int)(bytes.Length * kept)];

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(truncated)));

        Assert.Contains($"The {name} file is damaged or cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedLargePng_IsRefusedOnTheScaledPath()
    {
        using var picture = TestPictures.Halves(3000, 2000, SKColors.Red, SKColors.Blue);
        var bytes = TestPictures.Encode(picture, SKEncodedImageFormat.Png);

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(bytes[..(bytes.Length * 2 / 3)])));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedAnimatedGif_IsRefused()
    {
        var gif = GifBytes.Write(40, 30, [(255, 0, 0), (0, 0, 255)],
            Enumerable.Range(0, 4).Select(i => new GifFrame(0, 0, 40, 30, (byte)(i % 2), 10)));

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(gif[..(gif.Length - 400)])));

        Assert.Contains("The GIF file is damaged or cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Bmp_NamesTheFormatAndTheAcceptedOnes()
    {
        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(EncodedBytes.Bmp())));

        Assert.Equal("This is a BMP image, which cannot be animated. Convert it to JPG, PNG, WEBP or GIF and upload it again.", error.Message);
    }

    [Fact]
    public void Decode_Heic_NamesTheFormat()
    {
        byte[] heic = [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[40]];

        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(new MemoryStream(heic)));

        Assert.Contains("HEIC/HEIF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MissingFile_SaysItWasNotFound()
    {
        var error = Assert.Throws<RenderInputException>(() => ImageDecoder.Decode(Path.Combine(Path.GetTempPath(), "no-such-picture-5c1e.png")));

        Assert.Contains("\"no-such-picture-5c1e.png\" was not found", error.Message, StringComparison.Ordinal);
    }
}
