using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Pipeline;

/// <summary>
/// A stage that is only the painted backdrop (behind a transparent character) is kept at half the
/// layout's size, a quarter of the pixels for every frame to read; one that holds the picture's own
/// background stays at full size. The half-size backdrop must look like the full-size one.
/// </summary>
public sealed class PaintedStageTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Prepare_TransparentCharacter_PaintsTheStageAtHalfSize_LookingAsAtFullSize()
    {
        var path = TestArt.Save(TestArt.Character(), folder.Combine("hero.png"), SKEncodedImageFormat.Png);
        using var source = ImageDecoder.Decode(path);
        using var still = SceneBuilder.Prepare(source, OutputFormat.Portrait1080, 1);
        var layout = still.Layout;

        Assert.Equal(BackdropKind.Gradient, layout.Backdrop);
        Assert.Equal((layout.StageWidth + 1) / 2, still.Stage.Width);
        Assert.Equal((layout.StageHeight + 1) / 2, still.Stage.Height);

        // The same backdrop painted at full size, against the half-size one enlarged as the camera does.
        using var full = new SKBitmap(new SKImageInfo(layout.StageWidth, layout.StageHeight, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(full))
        {
            canvas.Clear(SKColors.Black);
            BackdropPainter.PaintGradient(canvas, source.Frames[0].Bitmap, layout.Subject, layout.StageWidth, layout.StageHeight, 1);
        }
        using var enlarged = still.Stage.Resize(full.Info, new SKSamplingOptions(SKFilterMode.Linear));
        Assert.True(Psnr(full, enlarged) > 40, $"PSNR {Psnr(full, enlarged):F1} dB");
    }

    [Fact]
    public void Prepare_OpaquePicture_KeepsTheStageAtFullSize()
    {
        var path = TestArt.Save(TestArt.Scene(), folder.Combine("scene.png"), SKEncodedImageFormat.Png);
        using var source = ImageDecoder.Decode(path);
        using var still = SceneBuilder.Prepare(source, OutputFormat.Portrait1080, 1);

        Assert.Equal(still.Layout.StageWidth, still.Stage.Width);
        Assert.Equal(still.Layout.StageHeight, still.Stage.Height);
    }

    private static double Psnr(SKBitmap a, SKBitmap b)
    {
        double squared = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                squared += Square(p.Red - q.Red) + Square(p.Green - q.Green) + Square(p.Blue - q.Blue);
            }
        }
        return 10 * Math.Log10(255.0 * 255 / Math.Max(squared / (3.0 * a.Width * a.Height), 1e-9));
    }

    private static double Square(int d) => (double)d * d;
}
