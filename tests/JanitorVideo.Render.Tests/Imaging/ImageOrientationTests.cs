using JanitorVideo.Render.Imaging;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class ImageOrientationTests
{
    // Stored 3x2 picture, pixel value = 10·y + x:   0  1  2
    //                                               10 11 12
    [Theory]
    [InlineData(SKEncodedOrigin.TopLeft, 3, "0 1 2|10 11 12")]
    [InlineData(SKEncodedOrigin.TopRight, 3, "2 1 0|12 11 10")]
    [InlineData(SKEncodedOrigin.BottomRight, 3, "12 11 10|2 1 0")]
    [InlineData(SKEncodedOrigin.BottomLeft, 3, "10 11 12|0 1 2")]
    [InlineData(SKEncodedOrigin.LeftTop, 2, "0 10|1 11|2 12")]
    [InlineData(SKEncodedOrigin.RightTop, 2, "10 0|11 1|12 2")]
    [InlineData(SKEncodedOrigin.RightBottom, 2, "12 2|11 1|10 0")]
    [InlineData(SKEncodedOrigin.LeftBottom, 2, "2 12|1 11|0 10")]
    public void Apply_EachExifOrientation_GivesTheUprightPicture(SKEncodedOrigin origin, int uprightWidth, string expected)
    {
        var stored = new SKBitmap(new SKImageInfo(3, 2, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var y = 0; y < 2; y++)
        {
            for (var x = 0; x < 3; x++)
            {
                stored.SetPixel(x, y, new SKColor((byte)((10 * y) + x), 0, 0));
            }
        }

        using var upright = ImageOrientation.Apply(stored, origin);

        Assert.Equal(uprightWidth, upright.Width);
        var rows = Enumerable.Range(0, upright.Height)
            .Select(y => string.Join(' ', Enumerable.Range(0, upright.Width).Select(x => upright.GetPixel(x, y).Red)));
        Assert.Equal(expected, string.Join('|', rows));
    }
}
