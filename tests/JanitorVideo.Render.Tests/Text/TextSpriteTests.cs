using JanitorVideo.Render.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Text;

public class TextSpriteTests
{
    private static readonly SKSizeI Frame = new(1080, 1920);

    private static TextSprite Hello() =>
        TextRenderer.Render(new TextLayerSpec("Hello 你好", TextRole.Title, 0, 5), Frame, FontCatalog.Load());

    private static SKBitmap Compose(TextSprite sprite, TextPose pose)
    {
        var frame = new SKBitmap(new SKImageInfo(Frame.Width, Frame.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        frame.Erase(SKColors.Transparent);
        using var canvas = new SKCanvas(frame);
        sprite.Draw(canvas, pose);
        return frame;
    }

    [Fact]
    public void Draw_AtRest_CopiesTheSpritePixelForPixel()
    {
        using var sprite = Hello();
        using var frame = Compose(sprite, TextPose.Rest);
        using var expected = SpritePixels.ToBitmap(sprite.Image);

        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                if (frame.GetPixel(sprite.Position.X + x, sprite.Position.Y + y) != expected.GetPixel(x, y))
                {
                    differing++;
                }
            }
        }

        Assert.Equal(0, differing);
    }

    [Fact]
    public void Draw_HalfOpacity_DrawsTheTextHalfTransparent()
    {
        using var sprite = Hello();
        using var frame = Compose(sprite, new TextPose(0.5f, 0));
        using var image = SKImage.FromBitmap(frame);

        Assert.Equal(0, SpritePixels.Count(image, c => c.Alpha > 140));
        Assert.True(SpritePixels.Count(image, c => c.Alpha >= 120) > 1000);
    }

    [Fact]
    public void Draw_Hidden_LeavesTheFrameUntouched()
    {
        using var sprite = Hello();
        using var frame = Compose(sprite, TextPose.Hidden);
        using var image = SKImage.FromBitmap(frame);

        Assert.Equal(0, SpritePixels.Count(image, c => c.Alpha > 0));
    }

    [Fact]
    public void Draw_SlideOffset_MovesTheTextByAShareOfTheShortSide()
    {
        using var sprite = Hello();
        using var rest = Compose(sprite, TextPose.Rest);
        using var moved = Compose(sprite, new TextPose(1, 0.05f));

        Assert.Equal(sprite.Position.Y + 54, sprite.TopLeftAt(new TextPose(1, 0.05f)).Y, 3);
        Assert.Equal(TopInk(rest) + 54, TopInk(moved));
    }

    private static int TopInk(SKBitmap frame)
    {
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                if (frame.GetPixel(x, y).Alpha > 0)
                {
                    return y;
                }
            }
        }

        return -1;
    }
}
