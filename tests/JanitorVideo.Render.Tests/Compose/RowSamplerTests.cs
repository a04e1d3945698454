using JanitorVideo.Render.Compose;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Compose;

public sealed unsafe class RowSamplerTests
{
    private readonly struct Affine(double scale, double dx, double dy) : IRowMap
    {
        public void Row(int y, out double srcY, out double scaleX, out double offsetX)
        {
            srcY = y * scale + dy;
            scaleX = scale;
            offsetX = dx;
        }
    }

    private static SKBitmap Bitmap(int width, int height, Func<int, int, uint> pixel)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        var pixels = Pixels.Of(bitmap);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels.Row(y)[x] = pixel(x, y);
            }
        }
        return bitmap;
    }

    private static uint Grey(int value) => 0xFF000000u | (uint)(value << 16 | value << 8 | value);

    private static int G(SKBitmap bitmap, int x, int y) => (int)(Pixels.Of(bitmap).Row(y)[x] >> 8 & 0xFF);

    [Fact]
    public void DrawOpaque_Identity_CopiesExactly()
    {
        using var source = Bitmap(40, 30, (x, y) => Grey((x * 7 + y * 13) % 256));
        using var target = Bitmap(40, 30, (_, _) => 0);

        RowSampler.DrawOpaque(Pixels.Of(source), Pixels.Of(target), new Affine(1, 0, 0), new uint[64]);

        Assert.Equal(source.Bytes, target.Bytes);
    }

    [Fact]
    public void DrawOpaque_HalfPixelShift_AveragesNeighbours()
    {
        using var source = Bitmap(20, 4, (x, _) => Grey(x < 10 ? 0 : 200));
        using var target = Bitmap(20, 4, (_, _) => 0);

        RowSampler.DrawOpaque(Pixels.Of(source), Pixels.Of(target), new Affine(1, 0.5, 0), new uint[64]);

        Assert.Equal(0, G(target, 8, 1));
        Assert.Equal(100, G(target, 9, 1));
        Assert.Equal(200, G(target, 10, 1));
    }

    [Fact]
    public void DrawOpaque_SubPixelSteps_MoveAnEdgeEvenlyWithNoStairs()
    {
        using var source = Bitmap(64, 2, (x, _) => Grey(x < 32 ? 0 : 255));
        using var target = Bitmap(64, 2, (_, _) => 0);
        var centroids = new List<double>();
        for (var step = 0; step <= 20; step++)
        {
            RowSampler.DrawOpaque(Pixels.Of(source), Pixels.Of(target), new Affine(1, step * 0.05, 0), new uint[128]);
            centroids.Add(Enumerable.Range(0, 64).Sum(x => G(target, x, 0)) / 255.0);
        }
        var steps = centroids.Zip(centroids.Skip(1), (a, b) => b - a).ToArray();
        // Each 0.05 px move shifts the edge by 0.05 px: no frozen frames, no jumps (zoompan's flaw).
        Assert.All(steps, s => Assert.InRange(s, 0.03, 0.07));
    }

    [Fact]
    public void DrawOver_Transparent_LeavesTargetAlone_AndOpaqueReplaces()
    {
        using var source = Bitmap(10, 10, (x, _) => x < 5 ? 0u : 0xFF0000FFu);
        using var target = Bitmap(10, 10, (_, _) => Grey(50));

        RowSampler.DrawOver(Pixels.Of(source), Pixels.Of(target), new Affine(1, 0, 0), new uint[32]);

        Assert.Equal(Grey(50), Pixels.Of(target).Row(5)[2]);
        Assert.Equal(0xFF0000FFu, Pixels.Of(target).Row(5)[7]);
    }

    [Fact]
    public void DrawOver_HalfTransparent_BlendsPremultiplied()
    {
        using var source = Bitmap(4, 4, (_, _) => 0x80000080u); // 50% alpha, premultiplied blue 128
        using var target = Bitmap(4, 4, (_, _) => Grey(200));

        RowSampler.DrawOver(Pixels.Of(source), Pixels.Of(target), new Affine(1, 0, 0), new uint[16]);

        var pixel = Pixels.Of(target).Row(1)[1];
        Assert.InRange((int)(pixel & 0xFF), 226, 230);      // blue: 128 + 200·0.5
        Assert.InRange((int)(pixel >> 8 & 0xFF), 98, 102);  // green: 200·0.5
        Assert.Equal(255u, pixel >> 24);
    }

    [Fact]
    public void DrawOver_MappedOutsideTheSource_TouchesNothing()
    {
        using var source = Bitmap(8, 8, (_, _) => 0xFFFFFFFFu);
        using var target = Bitmap(32, 32, (_, _) => Grey(10));

        RowSampler.DrawOver(Pixels.Of(source), Pixels.Of(target), new Affine(1, -20, -20), new uint[64]);

        Assert.Equal(Grey(10), Pixels.Of(target).Row(5)[5]);
        Assert.Equal(0xFFFFFFFFu, Pixels.Of(target).Row(24)[24]);
        Assert.Equal(Grey(10), Pixels.Of(target).Row(31)[31]);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.93)]
    [InlineData(1.0)]
    [InlineData(1.13)]
    [InlineData(1.15)]
    [InlineData(1.6)]
    [InlineData(2.1)]
    [InlineData(2.5)]
    public void DrawOpaque_AnyZoom_EveryPixelSamplesWhereTheMapSays(double scale)
    {
        // Green is the source column: any pixel fetched from the wrong place shows at once.
        using var source = Bitmap(250, 4, (x, _) => Grey(x));
        using var target = Bitmap(90, 4, (_, _) => 0);

        RowSampler.DrawOpaque(Pixels.Of(source), Pixels.Of(target), new Affine(scale, 3.3, 0), new uint[256]);

        for (var x = 0; x < 90; x++)
        {
            Assert.InRange(G(target, x, 1), scale * x + 3.3 - 1, scale * x + 3.3 + 1);
        }
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.37, 1.07)]
    [InlineData(-0.8, 0.96)]
    public void DrawOpaque_UnderAnOpaqueCutOut_SameFrameAsDrawingEverything(double shift, double scale)
    {
        using var stage = Bitmap(140, 120, (x, y) => Grey((x * 5 + y * 3) % 256));
        // An opaque disc with a soft rim and a hole: only the solid parts may hide the stage.
        using var cutOut = Bitmap(90, 80, (x, y) =>
        {
            var d = Math.Sqrt((x - 45) * (x - 45) + (y - 40) * (y - 40));
            var alpha = d < 30 && Math.Abs(x - 50) > 3 ? 255 : d < 36 ? (int)(255 * (36 - d) / 6) : 0;
            return (uint)alpha << 24 | (uint)(alpha * 200 / 255) << 8;
        });
        var cutMap = new Affine(scale, shift - 10, shift - 15);
        using var expected = Bitmap(120, 100, (_, _) => 0);
        using var actual = Bitmap(120, 100, (_, _) => 0xFF123456u); // stale pixels from an earlier frame

        RowSampler.DrawOpaque(Pixels.Of(stage), Pixels.Of(expected), new Affine(1.1, 2.2, 1.5), new uint[256]);
        RowSampler.DrawOver(Pixels.Of(cutOut), Pixels.Of(expected), cutMap, new uint[256]);
        RowSampler.DrawOpaque(Pixels.Of(stage), Pixels.Of(actual), new Affine(1.1, 2.2, 1.5), new uint[256],
            new CutOutCover<Affine>(cutMap, CutOutSpans.Of(Pixels.Of(cutOut))));
        RowSampler.DrawOver(Pixels.Of(cutOut), Pixels.Of(actual), cutMap, new uint[256]);

        Assert.Equal(expected.Bytes, actual.Bytes);
    }

    [Fact]
    public void DrawOpaque_UnderAnOpaqueCutOut_LeavesTheCoveredPixelsAlone()
    {
        using var stage = Bitmap(100, 60, (_, _) => Grey(90));
        using var cutOut = Bitmap(100, 60, (x, _) => x is >= 20 and < 80 ? 0xFF0000FFu : 0);
        using var target = Bitmap(100, 60, (_, _) => 0xFF123456u);

        RowSampler.DrawOpaque(Pixels.Of(stage), Pixels.Of(target), new Affine(1, 0, 0), new uint[128],
            new CutOutCover<Affine>(new Affine(1, 0, 0), CutOutSpans.Of(Pixels.Of(cutOut))));

        Assert.Equal(Grey(90), Pixels.Of(target).Row(30)[10]);
        Assert.Equal(0xFF123456u, Pixels.Of(target).Row(30)[50]);
        Assert.Equal(Grey(90), Pixels.Of(target).Row(30)[90]);
    }
}
