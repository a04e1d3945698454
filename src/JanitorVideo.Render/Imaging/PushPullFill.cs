namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Fills unknown cells of a colour grid from the known ones around them (Gortler et al.'s
/// push-pull): average down a pyramid until every cell is known, then blend the coarse colours
/// back up into the cells that lacked them. Smooth, hole-free, and linear in the grid size.
/// </summary>
internal static class PushPullFill
{
    /// <summary>
    /// <paramref name="colour"/> holds three weight-premultiplied channels per cell, interleaved;
    /// <paramref name="weight"/> 0 (unknown) to 1 (known). On return every cell has weight 1 and
    /// its colour in <paramref name="colour"/>. With nothing known at all, the colour becomes
    /// <paramref name="emptyColour"/>.
    /// </summary>
    public static void Fill(float[] colour, float[] weight, int width, int height, (float, float, float) emptyColour)
    {
        if (width <= 1 && height <= 1)
        {
            if (weight[0] <= 1e-6f)
            {
                (colour[0], colour[1], colour[2]) = emptyColour;
            }
            else
            {
                colour[0] /= weight[0];
                colour[1] /= weight[0];
                colour[2] /= weight[0];
            }
            weight[0] = 1f;
            return;
        }
        int cw = (width + 1) / 2, ch = (height + 1) / 2;
        var coarseColour = new float[cw * ch * 3];
        var coarseWeight = new float[cw * ch];
        Push(colour, weight, width, height, coarseColour, coarseWeight, cw, ch);
        Fill(coarseColour, coarseWeight, cw, ch, emptyColour);
        Pull(colour, weight, width, height, coarseColour, cw, ch);
    }

    private static void Push(float[] colour, float[] weight, int width, int height, float[] coarseColour, float[] coarseWeight, int cw, int ch)
    {
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                var c = ((y / 2) * cw) + (x / 2);
                coarseWeight[c] += weight[i];
                coarseColour[c * 3] += colour[i * 3];
                coarseColour[(c * 3) + 1] += colour[(i * 3) + 1];
                coarseColour[(c * 3) + 2] += colour[(i * 3) + 2];
            }
        }
        // A cell made of enough known cells counts as fully known; its colour is their average.
        for (var c = 0; c < coarseWeight.Length; c++)
        {
            var w = coarseWeight[c];
            if (w > 1f)
            {
                coarseColour[c * 3] /= w;
                coarseColour[(c * 3) + 1] /= w;
                coarseColour[(c * 3) + 2] /= w;
                coarseWeight[c] = 1f;
            }
        }
    }

    private static void Pull(float[] colour, float[] weight, int width, int height, float[] coarse, int cw, int ch)
    {
        for (var y = 0; y < height; y++)
        {
            // The fine cell's centre in coarse-cell coordinates, for a bilinear read.
            var cy = Math.Clamp(((y + 0.5f) / 2f) - 0.5f, 0, ch - 1);
            int y0 = (int)cy, y1 = Math.Min(y0 + 1, ch - 1);
            var fy = cy - y0;
            for (var x = 0; x < width; x++)
            {
                var cx = Math.Clamp(((x + 0.5f) / 2f) - 0.5f, 0, cw - 1);
                int x0 = (int)cx, x1 = Math.Min(x0 + 1, cw - 1);
                var fx = cx - x0;
                var i = (y * width) + x;
                var missing = 1f - weight[i];
                for (var k = 0; k < 3; k++)
                {
                    var top = coarse[(((y0 * cw) + x0) * 3) + k] + ((coarse[(((y0 * cw) + x1) * 3) + k] - coarse[(((y0 * cw) + x0) * 3) + k]) * fx);
                    var bottom = coarse[(((y1 * cw) + x0) * 3) + k] + ((coarse[(((y1 * cw) + x1) * 3) + k] - coarse[(((y1 * cw) + x0) * 3) + k]) * fx);
                    var known = colour[(i * 3) + k] + (missing * (top + ((bottom - top) * fy)));
                    colour[(i * 3) + k] = known;
                }
                weight[i] = 1f;
            }
        }
    }
}
