using System.Runtime.CompilerServices;

namespace JanitorVideo.Render.Compose;

/// <summary>
/// Draws pixel art enlarged by a whole factor with nearest neighbour: every art pixel becomes a
/// <c>scale</c>×<c>scale</c> block of exactly its colour, on whole frame pixels, composited
/// source-over (premultiplied). Opaque art pixels are filled, transparent ones skipped, so no
/// colour between two art pixels is ever made.
/// </summary>
public static unsafe class NearestBlit
{
    /// <param name="target">The frame.</param>
    /// <param name="art">The art at its own resolution.</param>
    /// <param name="scale">Frame pixels per art pixel, each way (at least 1).</param>
    /// <param name="left">Frame column of the art's left edge (may lie outside the frame).</param>
    /// <param name="top">Frame row of the art's top edge, at rest (may lie outside the frame).</param>
    /// <param name="lift">
    /// How many art rows the art above <paramref name="split"/> is raised (a breath): those rows
    /// move up and the last of them repeats to close the gap, while the rows from
    /// <paramref name="split"/> down stay put.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Draw(Pixels target, ArtPixels art, int scale, int left, int top, int split = 0, int lift = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        lift = split > 0 ? Math.Max(0, lift) : 0;
        // Art columns with any of their block inside the frame.
        var firstColumn = Math.Max(0, FloorDiv(-left, scale));
        var lastColumn = Math.Min(art.Width, FloorDiv(target.Width - left + scale - 1, scale));
        if (firstColumn >= lastColumn)
        {
            return;
        }

        for (var outRow = -lift; outRow < art.Height; outRow++)
        {
            var sourceRow = outRow >= split ? outRow : Math.Min(outRow + lift, split - 1);
            var y0 = Math.Max(0, top + outRow * scale);
            var y1 = Math.Min(target.Height, top + (outRow + 1) * scale);
            if (y0 >= y1)
            {
                continue;
            }

            var source = art.Row(sourceRow);
            var step = art.Block;
            for (var y = y0; y < y1; y++)
            {
                var row = target.Row(y);
                for (var column = firstColumn; column < lastColumn; column++)
                {
                    var pixel = source[column * step];
                    var alpha = pixel >> 24;
                    if (alpha == 0)
                    {
                        continue;
                    }

                    var x0 = Math.Max(0, left + column * scale);
                    var x1 = Math.Min(target.Width, left + (column + 1) * scale);
                    if (alpha == 255)
                    {
                        new Span<uint>(row + x0, x1 - x0).Fill(pixel);
                        continue;
                    }

                    for (var x = x0; x < x1; x++)
                    {
                        row[x] = pixel + RowSampler.Fade(row[x], 255 - alpha);
                    }
                }
            }
        }
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor((double)a / b);
}
