using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Tests.Imaging.Media;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class BackgroundPlateTests
{
    [Theory]
    [InlineData(Backdrop.Plain)]
    [InlineData(Backdrop.Gradient)]
    public void FillBehindSubject_LeavesNoSubjectColourInTheHoleAndIsOpaque(Backdrop backdrop)
    {
        using var picture = TestPictures.Figure(400, 600, backdrop);
        var mask = new SaliencySubjectEstimator().Estimate(picture);

        using var plate = BackgroundPlate.FillBehindSubject(picture, mask);

        Assert.Equal((400, 600), (plate.Width, plate.Height));
        Assert.Equal(SKColorType.Bgra8888, plate.ColorType);
        var truth = TestPictures.Silhouette(400, 600);
        var worst = 0.0;
        for (var y = 0; y < 600; y++)
        {
            for (var x = 0; x < 400; x++)
            {
                var pixel = plate.GetPixel(x, y);
                Assert.Equal(255, pixel.Alpha);
                if (truth[(y * 400) + x])
                {
                    worst = Math.Max(worst, Distance(pixel, BackdropAt(backdrop, y)));
                }
            }
        }
        // Dress, skin and hair are all more than 100 away from either backdrop.
        Assert.True(worst < 30, $"a hole pixel is {worst:F0} away from the backdrop");
    }

    [Fact]
    public void FillBehindSubject_KeepsThePictureAwayFromTheSubject()
    {
        using var picture = TestPictures.Figure(400, 600, Backdrop.Gradient);
        var mask = new SaliencySubjectEstimator().Estimate(picture);

        using var plate = BackgroundPlate.FillBehindSubject(picture, mask);

        foreach (var (x, y) in new[] { (5, 5), (390, 300), (20, 590), (60, 100) })
        {
            Assert.Equal(picture.GetPixel(x, y), plate.GetPixel(x, y));
        }
    }

    [Fact]
    public void FillBehindSubject_CutOutCharacter_GivesAnOpaquePlate()
    {
        using var cutOut = TestPictures.Figure(200, 300, Backdrop.Transparent);
        var mask = new AlphaSubjectEstimator().Estimate(cutOut);

        using var plate = BackgroundPlate.FillBehindSubject(cutOut, mask);

        for (var y = 0; y < 300; y += 3)
        {
            for (var x = 0; x < 200; x += 3)
            {
                Assert.Equal(255, plate.GetPixel(x, y).Alpha);
            }
        }
    }

    [Fact]
    public void FillBehindSubject_MaskOfAnotherSize_IsRefused()
    {
        using var picture = TestPictures.Figure(40, 60, Backdrop.Plain);
        var mask = new SubjectMask { Width = 20, Height = 30, Alpha = new byte[600] };

        Assert.Throws<ArgumentException>(() => BackgroundPlate.FillBehindSubject(picture, mask));
    }

    private static SKColor BackdropAt(Backdrop backdrop, int y)
    {
        if (backdrop == Backdrop.Plain)
        {
            return TestPictures.PlainBackdrop;
        }
        var t = (y + 0.5f) / 600f;
        SKColor a = TestPictures.SkyTop, b = TestPictures.GroundBottom;
        return new SKColor((byte)(a.Red + ((b.Red - a.Red) * t)), (byte)(a.Green + ((b.Green - a.Green) * t)), (byte)(a.Blue + ((b.Blue - a.Blue) * t)));
    }

    private static double Distance(SKColor a, SKColor b) =>
        Math.Sqrt(Math.Pow(a.Red - b.Red, 2) + Math.Pow(a.Green - b.Green, 2) + Math.Pow(a.Blue - b.Blue, 2));
}
