using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Tests.Imaging.Media;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

/// <summary>Pixel art is told apart from everything that must stay smooth: photos, paintings, anti-aliased icons, gradients.</summary>
public sealed class PixelArtDetectorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static PixelArtTraits Measure(SKBitmap bitmap)
    {
        using (bitmap)
        {
            return PixelArtDetector.Measure([bitmap], PixelArtDetector.BlockSize([bitmap]));
        }
    }

    private PixelArtTraits MeasureFile(string path)
    {
        using var image = ImageDecoder.Decode(path);
        return PixelArtDetector.Measure(image);
    }

    [Fact]
    public void Knight_DrawnPixelByPixel_IsPixelArtAtItsOwnSize()
    {
        var traits = Measure(PixelSprites.Bitmap(PixelSprites.Knight()));

        Assert.True(traits.IsPixelArt, traits.ToString());
        Assert.Equal((1, 72, 72, 8), (traits.Block, traits.Width, traits.Height, traits.Colours));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void Knight_EnlargedByNearestNeighbour_IsReadAtItsArtPixels(int block)
    {
        // Saved and decoded as a user would upload it.
        var path = TestArt.Save(PixelSprites.Bitmap(PixelSprites.Knight(), block), folder.Combine($"knight-{block}x.png"), SKEncodedImageFormat.Png);

        var traits = MeasureFile(path);

        Assert.True(traits.IsPixelArt, traits.ToString());
        Assert.Equal((block, 72, 72), (traits.Block, traits.Width, traits.Height));
    }

    [Fact]
    public void Knight_OnAFlatGround_IsPixelArt()
    {
        var traits = Measure(PixelSprites.Bitmap(PixelSprites.Knight(), 3, new SKColor(30, 90, 160)));

        Assert.True(traits.IsPixelArt, traits.ToString());
        Assert.Equal(3, traits.Block);
    }

    [Fact]
    public void Knight_AnimatedGif_IsPixelArt()
    {
        var path = folder.Write("knight.gif", PixelSprites.Gif((7, 12), (9, 12), (10, 20)));

        var traits = MeasureFile(path);

        Assert.True(traits.IsPixelArt, traits.ToString());
        Assert.Equal(10, traits.Colours);
    }

    [Theory]
    [InlineData("druid.png")]
    [InlineData("valley.png")]
    public void SampleArt_IsNotPixelArt(string name)
    {
        var traits = MeasureFile(RepositoryFolder.Combine("samples", "art", name));

        Assert.False(traits.IsPixelArt, traits.ToString());
    }

    [Theory]
    [InlineData("druid.png", 160)]
    [InlineData("valley.png", 240)]
    [InlineData("druid.png", 48)]
    public void SampleArt_ShrunkToIconSize_IsNotPixelArt(string name, int longSide)
    {
        // As small as sprites are, a painting is still a painting: hundreds of colours.
        using var image = ImageDecoder.Decode(RepositoryFolder.Combine("samples", "art", name));
        var scale = (double)longSide / Math.Max(image.Width, image.Height);
        var small = image.Frames[0].Bitmap.Resize(new SKImageInfo((int)(image.Width * scale), (int)(image.Height * scale), SKColorType.Bgra8888, SKAlphaType.Premul),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));

        var traits = Measure(small);

        Assert.False(traits.IsPixelArt, traits.ToString());
    }

    [Fact]
    public void AntiAliasedIcon_OnTransparency_IsNotPixelArt()
    {
        var traits = Measure(Icon(64, SKColors.Transparent));

        Assert.False(traits.IsPixelArt, traits.ToString());
        Assert.True(traits.PartialAlpha > PixelArtDetector.MaxPartialAlpha, traits.ToString());
    }

    [Fact]
    public void AntiAliasedIcon_OnAFlatGround_IsNotPixelArt()
    {
        var traits = Measure(Icon(64, new SKColor(240, 240, 245)));

        Assert.False(traits.IsPixelArt, traits.ToString());
    }

    [Fact]
    public void AntiAliasedCharacter_SmallAndTransparent_IsNotPixelArt()
    {
        var traits = Measure(TestArt.Character(64, 96));

        Assert.False(traits.IsPixelArt, traits.ToString());
    }

    [Fact]
    public void Gradient_OfFewColours_IsNotPixelArt()
    {
        // 64 grey levels, each a whole row: few colours, none of them rare, but every step a soft one.
        var bitmap = new SKBitmap(new SKImageInfo(64, 64, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var y = 0; y < 64; y++)
        {
            for (var x = 0; x < 64; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(y * 4), (byte)(y * 4), (byte)(y * 4)));
            }
        }

        var traits = Measure(bitmap);

        Assert.False(traits.IsPixelArt, traits.ToString());
        Assert.True(traits.SoftSteps > PixelArtDetector.MaxSoftSteps, traits.ToString());
    }

    [Fact]
    public void Noise_IsNotPixelArt()
    {
        var random = new Random(5);
        var bitmap = new SKBitmap(new SKImageInfo(96, 96, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var y = 0; y < 96; y++)
        {
            for (var x = 0; x < 96; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        Assert.False(Measure(bitmap).IsPixelArt);
    }

    [Fact]
    public void PixelArtTooLargeToBeSprites_IsNotPixelArt()
    {
        // The knight tiled into a 360-pixel picture: pixel-perfect, but past the size art is drawn at.
        var knight = PixelSprites.Bitmap(PixelSprites.Knight(), 1, new SKColor(30, 90, 160));
        var bitmap = new SKBitmap(new SKImageInfo(360, 360, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (knight)
        using (var image = SKImage.FromBitmap(knight))
        {
            for (var y = 0; y < 5; y++)
            {
                for (var x = 0; x < 5; x++)
                {
                    canvas.DrawImage(image, x * 72, y * 72, new SKSamplingOptions(SKFilterMode.Nearest));
                }
            }
        }

        var traits = Measure(bitmap);

        Assert.Equal(360, traits.Width);
        Assert.False(traits.IsPixelArt, traits.ToString());
    }

    // A badge as icons are drawn: an anti-aliased disc, a ring and a rounded bar in three flat colours.
    private static SKBitmap Icon(int side, SKColor ground)
    {
        var bitmap = new SKBitmap(new SKImageInfo(side, side, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(ground);
        using var disc = new SKPaint { Color = new SKColor(40, 110, 220), IsAntialias = true };
        canvas.DrawCircle(side / 2f, side / 2f, side * 0.42f, disc);
        using var ring = new SKPaint { Color = new SKColor(250, 250, 250), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = side / 14f };
        canvas.DrawCircle(side / 2f, side / 2f, side * 0.3f, ring);
        using var bar = new SKPaint { Color = new SKColor(250, 180, 40), IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(side * 0.3f, side * 0.44f, side * 0.4f, side * 0.12f), side / 20f, side / 20f, bar);
        return bitmap;
    }
}
