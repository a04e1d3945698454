using JanitorVideo.TestInputs.Media;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Imaging.Media;

/// <summary>
/// A 72×72 pixel-art knight drawn pixel by pixel from eight colours (index 0 is transparent), and
/// the pictures made of it: a PNG-ready bitmap at any whole enlargement, on transparency or a flat
/// ground, and an animated GIF whose frames differ by the colour of the belt's gem.
/// </summary>
internal static class PixelSprites
{
    public const int Size = 72;

    /// <summary>Index 0 is transparent; 1–8 the knight's colours; 9–10 the gem's other colours in the GIF.</summary>
    public static readonly SKColor[] Palette =
    [
        SKColors.Transparent,
        new(0, 0, 0),        // 1 outline
        new(240, 196, 150),  // 2 skin
        new(200, 40, 50),    // 3 plume and cape
        new(150, 160, 180),  // 4 armour
        new(90, 96, 120),    // 5 armour shade
        new(250, 210, 60),   // 6 gold
        new(60, 150, 70),    // 7 gem
        new(255, 255, 255),  // 8 eye glint
        new(230, 40, 220),   // 9 gem, second GIF frame
        new(40, 220, 230),   // 10 gem, third GIF frame
    ];

    /// <summary>Where the gem sits (left, top, right, bottom; art pixels).</summary>
    public static readonly SKRectI Gem = new(34, 41, 38, 43);

    /// <summary>The knight as palette indices, row by row.</summary>
    public static byte[] Knight(byte gem = 7)
    {
        var art = new byte[Size * Size];
        void Fill(int left, int top, int right, int bottom, byte index)
        {
            for (var y = top; y < bottom; y++)
            {
                for (var x = left; x < right; x++)
                {
                    art[(y * Size) + x] = index;
                }
            }
        }

        Fill(26, 30, 46, 54, 4); Fill(26, 30, 30, 54, 5);   // body
        Fill(30, 40, 42, 44, 6);                              // belt
        Fill(Gem.Left, Gem.Top, Gem.Right, Gem.Bottom, gem);  // gem
        Fill(28, 12, 44, 28, 4); Fill(28, 12, 31, 28, 5);   // helmet
        Fill(31, 18, 41, 24, 2);                              // face
        Fill(33, 19, 35, 21, 1); Fill(37, 19, 39, 21, 1);   // eyes
        art[(19 * Size) + 33] = 8;
        art[(19 * Size) + 37] = 8;
        Fill(34, 6, 38, 12, 3); Fill(32, 8, 40, 10, 3);     // plume
        Fill(20, 30, 26, 58, 3); Fill(46, 30, 52, 58, 3);   // cape
        Fill(16, 32, 20, 46, 4); Fill(52, 32, 56, 46, 4);   // arms
        Fill(56, 20, 58, 50, 6); Fill(53, 42, 61, 44, 6);   // sword
        Fill(28, 54, 34, 64, 5); Fill(38, 54, 44, 64, 5);   // legs
        Fill(26, 64, 34, 67, 1); Fill(38, 64, 46, 67, 1);   // boots

        // A one-pixel outline around everything drawn.
        var outlined = (byte[])art.Clone();
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (art[(y * Size) + x] != 0)
                {
                    continue;
                }

                var touches = (x > 0 && art[(y * Size) + x - 1] is not (0 or 1)) || (x < Size - 1 && art[(y * Size) + x + 1] is not (0 or 1))
                    || (y > 0 && art[((y - 1) * Size) + x] is not (0 or 1)) || (y < Size - 1 && art[((y + 1) * Size) + x] is not (0 or 1));
                outlined[(y * Size) + x] = touches ? (byte)1 : (byte)0;
            }
        }

        return outlined;
    }

    /// <summary>The box of the knight's visible pixels (right and bottom exclusive).</summary>
    public static SKRectI Bounds(byte[] art)
    {
        int left = Size, top = Size, right = 0, bottom = 0;
        for (var i = 0; i < art.Length; i++)
        {
            if (art[i] != 0)
            {
                (left, right) = (Math.Min(left, i % Size), Math.Max(right, (i % Size) + 1));
                (top, bottom) = (Math.Min(top, i / Size), Math.Max(bottom, (i / Size) + 1));
            }
        }

        return new SKRectI(left, top, right, bottom);
    }

    /// <summary>
    /// <paramref name="art"/> as a bitmap, each art pixel <paramref name="block"/>×<paramref name="block"/>
    /// pixels, on <paramref name="ground"/> (transparent when null).
    /// </summary>
    public static SKBitmap Bitmap(byte[] art, int block = 1, SKColor? ground = null)
    {
        var side = Size * block;
        var bitmap = new SKBitmap(new SKImageInfo(side, side, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var index = art[((y / block) * Size) + (x / block)];
                bitmap.SetPixel(x, y, index == 0 ? ground ?? SKColors.Transparent : Palette[index]);
            }
        }

        return bitmap;
    }

    /// <summary>The knight as an animated GIF: one frame per gem colour, each with its delay in centiseconds.</summary>
    public static byte[] Gif(params (byte Gem, int DelayCentiseconds)[] frames) =>
        GifBytes.Write(Size, Size, [.. Palette.Select(colour => (colour.Red, colour.Green, colour.Blue))],
            frames.Select(frame => new GifFrame(0, 0, Size, Size, 0, frame.DelayCentiseconds, Disposal: 2, TransparentIndex: 0)
            {
                Pixels = Knight(frame.Gem),
            }));
}
