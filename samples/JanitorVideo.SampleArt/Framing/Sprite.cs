using SkiaSharp;

namespace JanitorVideo.SampleArt;

/// <summary>
/// A 72x72 knight for a tactics game, facing right, drawn pixel by pixel into a grid of palette
/// indices (0 is transparent) with a dark outline around the silhouette. The grid also records
/// which pixels are the head (helmet, plume, face), so the head box is read off the same pixels.
/// </summary>
internal sealed class Sprite
{
    public const int Size = 72;

    private const byte Outline = 1, SteelDark = 2, Steel = 3, SteelLight = 4, Skin = 5, Plume = 6, PlumeLight = 7,
        Tabard = 8, TabardLight = 9, Gold = 10, Leather = 11;

    /// <summary>Index i + 1 of the grid is colour i; never more than these eleven.</summary>
    public static readonly IReadOnlyList<SKColor> Colours =
    [
        new(0x1A, 0x1C, 0x2C), new(0x56, 0x6C, 0x86), new(0x94, 0xB0, 0xC2), new(0xF4, 0xF4, 0xF4),
        new(0xF2, 0xC9, 0xA6), new(0xB1, 0x3E, 0x53), new(0xEF, 0x7D, 0x57), new(0x3B, 0x5D, 0xC9),
        new(0x41, 0xA6, 0xF6), new(0xFF, 0xCD, 0x75), new(0x7A, 0x4A, 0x2A),
    ];

    /// <summary>The walk: per frame, how far the front and back feet stand from the body, and the body's rise.</summary>
    public static readonly IReadOnlyList<(int Front, int Back, int Rise)> Walk = [(3, -3, 0), (0, 0, 1), (-2, 2, 0), (0, 0, 1)];

    private readonly byte[,] _index = new byte[Size, Size];
    private readonly bool[,] _head = new bool[Size, Size];

    private Sprite()
    {
    }

    /// <summary>Standing still: feet under the body.</summary>
    public static Sprite Standing() => Draw(0, 0, 0);

    public static Sprite Step(int frame) => Draw(Walk[frame].Front, Walk[frame].Back, Walk[frame].Rise);

    /// <summary>The bounds of every drawn pixel, or of the head's, right and bottom exclusive.</summary>
    public SKRectI Bounds(bool headOnly)
    {
        int left = Size, top = Size, right = 0, bottom = 0;
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (_index[x, y] != 0 && (!headOnly || _head[x, y]))
                {
                    left = Math.Min(left, x);
                    top = Math.Min(top, y);
                    right = Math.Max(right, x + 1);
                    bottom = Math.Max(bottom, y + 1);
                }
            }
        }
        return new SKRectI(left, top, right, bottom);
    }

    /// <summary>The palette index of each pixel, 0 for transparent, row by row.</summary>
    public byte[] Indices()
    {
        var indices = new byte[Size * Size];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                indices[y * Size + x] = _index[x, y];
            }
        }
        return indices;
    }

    public SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(new SKImageInfo(Size, Size, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var index = _index[x, y];
                bitmap.SetPixel(x, y, index == 0 ? SKColors.Transparent : Colours[index - 1]);
            }
        }
        return bitmap;
    }

    private static Sprite Draw(int front, int back, int rise)
    {
        var s = new Sprite();
        var lift = -rise;

        // Legs (steel greaves, leather boots); the back leg is darker, being in shadow.
        s.Rect(28 + back, 54, 31 + back, 62, SteelDark);
        s.Rect(27 + back, 62, 33 + back, 64, Leather);
        s.Rect(36 + front, 54, 39 + front, 62, Steel);
        s.Rect(36 + front, 54, 36 + front, 62, SteelDark);
        s.Rect(35 + front, 62, 41 + front, 64, Leather);

        // Shield on the far arm, behind the body.
        s.Rect(15, 37 + lift, 24, 49 + lift, Tabard);
        s.Rect(16, 50 + lift, 23, 51 + lift, Tabard);
        s.Rect(18, 52 + lift, 21, 53 + lift, Tabard);
        s.Rect(15, 37 + lift, 24, 37 + lift, Gold);
        s.Rect(19, 39 + lift, 20, 50 + lift, Gold);
        s.Rect(16, 42 + lift, 23, 43 + lift, Gold);

        // Body: tabard over mail, a gold belt and emblem, shoulder plates.
        s.Rect(26, 35 + lift, 42, 53 + lift, Tabard);
        s.Rect(25, 50 + lift, 43, 56 + lift, Tabard);
        s.Rect(38, 36 + lift, 41, 55 + lift, TabardLight);
        s.Rect(26, 47 + lift, 42, 48 + lift, Gold);
        s.Rect(33, 39 + lift, 34, 45 + lift, Gold);
        s.Rect(31, 41 + lift, 36, 42 + lift, Gold);
        s.Disc(26, 37 + lift, 4, SteelDark);
        s.Disc(42, 37 + lift, 4, Steel);
        s.Rect(41, 35 + lift, 43, 36 + lift, SteelLight);

        // Sword arm reaching forward, the blade held up.
        s.Rect(43, 40 + lift, 47, 44 + lift, Steel);
        s.Rect(46, 44 + lift, 49, 47 + lift, SteelDark);
        s.Rect(50, 16 + lift, 51, 41 + lift, SteelLight);
        s.Rect(52, 17 + lift, 52, 41 + lift, Steel);
        s.Rect(51, 14 + lift, 51, 15 + lift, SteelLight);
        s.Rect(47, 42 + lift, 55, 43 + lift, Gold);
        s.Rect(50, 44 + lift, 52, 48 + lift, Leather);
        s.Rect(50, 49 + lift, 52, 50 + lift, Gold);

        // Head: gorget, helmet with an open visor on the side it faces, and a plume sweeping back.
        s.Rect(29, 32 + lift, 39, 35 + lift, SteelDark);
        s.Disc(34, 23 + lift, 10, Steel, head: true);
        s.Disc(30, 19 + lift, 2, SteelLight, head: true);
        s.Rect(24, 27 + lift, 44, 31 + lift, Steel, head: true);
        s.Rect(24, 30 + lift, 44, 31 + lift, SteelDark, head: true);
        s.Rect(38, 21 + lift, 44, 28 + lift, Skin, head: true);
        s.Rect(38, 20 + lift, 44, 20 + lift, SteelDark, head: true);
        s.Rect(41, 23 + lift, 41, 24 + lift, Outline, head: true);
        s.Disc(32, 12 + lift, 3, Plume, head: true);
        s.Disc(28, 10 + lift, 3, Plume, head: true);
        s.Disc(24, 11 + lift, 2, Plume, head: true);
        s.Disc(21, 13 + lift, 2, Plume, head: true);
        s.Rect(27, 9 + lift, 32, 9 + lift, PlumeLight, head: true);
        s.Rect(22, 11 + lift, 24, 11 + lift, PlumeLight, head: true);
        s.AddOutline();
        return s;
    }

    private void Rect(int x0, int y0, int x1, int y1, byte index, bool head = false)
    {
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                Set(x, y, index, head);
            }
        }
    }

    // A disc with integer edges, the pixel-art way: every pixel whose centre lies within r + 0.5.
    private void Disc(int cx, int cy, int r, byte index, bool head = false)
    {
        for (var y = cy - r; y <= cy + r; y++)
        {
            for (var x = cx - r; x <= cx + r; x++)
            {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r + r)
                {
                    Set(x, y, index, head);
                }
            }
        }
    }

    private void Set(int x, int y, byte index, bool head)
    {
        _index[x, y] = index;
        _head[x, y] = head;
    }

    // Every empty pixel touching the silhouette (four ways) becomes outline; it belongs to the head if it touches the head.
    private void AddOutline()
    {
        var edge = new List<(int X, int Y, bool Head)>();
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (_index[x, y] != 0)
                {
                    continue;
                }
                var touches = false;
                var head = false;
                foreach (var (nx, ny) in new[] { (x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1) })
                {
                    if (nx is >= 0 and < Size && ny is >= 0 and < Size && _index[nx, ny] != 0)
                    {
                        touches = true;
                        head |= _head[nx, ny];
                    }
                }
                if (touches)
                {
                    edge.Add((x, y, head));
                }
            }
        }
        foreach (var (x, y, head) in edge)
        {
            Set(x, y, Outline, head);
        }
    }
}
