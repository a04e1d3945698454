using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Tests.Imaging.Media;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class SubjectEstimatorTests
{
    // The silhouette is found at 256 px on the long side, so its outline is off by about one
    // working pixel (2.3 px at 600 px): over the figure's ~1600 px outline that costs about 7% of
    // its area, and closing fills the narrow gaps between arms and dress (about 3% more). 0.85
    // leaves room for that and still fails a centred oval, which scores about 0.5 on this figure.
    private const double MinIoU = 0.85;

    [Fact]
    public void AlphaEstimator_TransparentPng_MaskFollowsTheAlpha()
    {
        using var picture = TestPictures.Figure(300, 450, Backdrop.Transparent);
        using var image = ImageDecoder.Decode(new MemoryStream(TestPictures.Encode(picture, SKEncodedImageFormat.Png)));
        var estimator = SubjectEstimators.For(image);

        var mask = estimator.Estimate(image.Frames[0].Bitmap);

        Assert.IsType<AlphaSubjectEstimator>(estimator);
        Assert.True(mask.FromAlpha);
        Assert.False(mask.IsFallback);
        Assert.Equal((300, 450), (mask.Width, mask.Height));
        var bitmap = image.Frames[0].Bitmap;
        double difference = 0;
        for (var y = 0; y < 450; y++)
        {
            for (var x = 0; x < 300; x++)
            {
                difference += Math.Abs(mask.Alpha[(y * 300) + x] - bitmap.GetPixel(x, y).Alpha);
            }
        }
        Assert.True(difference / (300 * 450) < 2, $"mean alpha difference {difference / (300 * 450):F2}");
        Assert.True(MaskScore.IntersectionOverUnion(mask.Alpha, TestPictures.Silhouette(300, 450)) > 0.97);
    }

    [Fact]
    public void AlphaEstimator_OpaquePictureWithTransparentCorners_AsksSaliencyInstead()
    {
        using var picture = TestPictures.Figure(300, 450, Backdrop.Plain);
        picture.Erase(SKColors.Transparent, new SKRectI(0, 0, 10, 10));

        var mask = new AlphaSubjectEstimator().Estimate(picture);

        Assert.False(mask.FromAlpha);
        Assert.True(MaskScore.IntersectionOverUnion(mask.Alpha, TestPictures.Silhouette(300, 450)) > MinIoU);
    }

    [Fact]
    public void For_OpaqueImage_UsesSaliency()
    {
        using var picture = TestPictures.Figure(60, 90, Backdrop.Plain);
        using var image = ImageDecoder.Decode(new MemoryStream(TestPictures.Encode(picture, SKEncodedImageFormat.Jpeg)));

        Assert.IsType<SaliencySubjectEstimator>(SubjectEstimators.For(image));
    }

    [Theory]
    [InlineData(Backdrop.Plain, SKEncodedImageFormat.Png, 400, 600)]
    [InlineData(Backdrop.Gradient, SKEncodedImageFormat.Png, 400, 600)]
    [InlineData(Backdrop.Gradient, SKEncodedImageFormat.Jpeg, 600, 400)]
    [InlineData(Backdrop.Plain, SKEncodedImageFormat.Jpeg, 1300, 1950)]
    public void Saliency_FigureOnBackdrop_OverlapsTheTrueFigure(Backdrop backdrop, SKEncodedImageFormat format, int width, int height)
    {
        using var drawn = TestPictures.Figure(width, height, backdrop);
        using var image = ImageDecoder.Decode(new MemoryStream(TestPictures.Encode(drawn, format, quality: 80)));

        var mask = new SaliencySubjectEstimator().Estimate(image.Frames[0].Bitmap);

        Assert.False(mask.IsFallback);
        Assert.False(mask.FromAlpha);
        var iou = MaskScore.IntersectionOverUnion(mask.Alpha, TestPictures.Silhouette(width, height));
        Assert.True(iou > MinIoU, $"IoU {iou:F3}");
    }

    [Fact]
    public void Saliency_FigureOnTexturedBackdrop_OverlapsTheTrueFigure()
    {
        using var textured = WithLeafyTexture(400, 600);
        using (var canvas = new SKCanvas(textured))
        {
            // The figure drawn alone over the texture.
            using var figure = TestPictures.Figure(400, 600, Backdrop.Transparent);
            using var figureImage = SKImage.FromBitmap(figure);
            canvas.DrawImage(figureImage, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        var mask = new SaliencySubjectEstimator().Estimate(textured);

        var iou = MaskScore.IntersectionOverUnion(mask.Alpha, TestPictures.Silhouette(400, 600));
        Assert.True(iou > 0.8, $"IoU {iou:F3}");
    }

    [Fact]
    public void Saliency_PlainPicture_FallsBackToACentredOvalAndSaysSo()
    {
        using var flat = new SKBitmap(new SKImageInfo(300, 200, SKColorType.Bgra8888, SKAlphaType.Premul));
        flat.Erase(new SKColor(90, 120, 150));

        var mask = new SaliencySubjectEstimator().Estimate(flat);

        Assert.True(mask.IsFallback);
        Assert.InRange(mask.Coverage, 0.2f, 0.5f);
        Assert.InRange(mask.Bounds.MidX, 140, 160);
        Assert.True(mask.At(150, 110) > 0.99f);
        Assert.True(mask.At(2, 2) < 0.01f);
    }

    [Fact]
    public void Saliency_SmoothGradientOnly_FallsBack()
    {
        using var sky = new SKBitmap(new SKImageInfo(320, 240, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(sky))
        using (var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 240), [TestPictures.SkyTop, TestPictures.GroundBottom], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(0, 0, 320, 240, paint);
        }

        Assert.True(new SaliencySubjectEstimator().Estimate(sky).IsFallback);
    }

    [Fact]
    public void Saliency_BusyConfettiWithoutSubject_FallsBack()
    {
        var random = new Random(3);
        using var confetti = new SKBitmap(new SKImageInfo(400, 600, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(confetti))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            for (var i = 0; i < 4000; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                canvas.DrawCircle(random.Next(400), random.Next(600), random.Next(2, 9), paint);
            }
        }

        Assert.True(new SaliencySubjectEstimator().Estimate(confetti).IsFallback);
    }

    [Fact]
    public void Mask_At_IsBilinearBetweenPixelsAndExactOnThem()
    {
        var mask = new SubjectMask { Width = 2, Height = 2, Alpha = [0, 255, 255, 255] };

        Assert.Equal(0f, mask.At(0, 0));
        Assert.Equal(1f, mask.At(1, 0));
        Assert.Equal(0.75f, mask.At(0.5f, 0.5f), 3);
        Assert.Equal(1f, mask.At(9, 9));
    }

    private static SKBitmap WithLeafyTexture(int width, int height)
    {
        var random = new Random(7);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(70, 110, 80));
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 900; i++)
        {
            var shade = random.Next(-25, 25);
            paint.Color = new SKColor((byte)(70 + shade), (byte)(115 + shade), (byte)(80 + (shade / 2)));
            canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(3, 12), paint);
        }
        return bitmap;
    }
}
