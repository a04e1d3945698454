using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// The picture with the subject taken out and the gap filled from the background around it, so
/// that when the subject moves in parallax the layer behind shows background, not a hole or a
/// smeared copy of the character.
/// </summary>
public static class BackgroundPlate
{
    private const int GridLongSide = 512;
    // Grid cells whose mean subject alpha is above this belong to the hole.
    private const float HoleThreshold = 0.02f;
    // The hole grows by this many cells so the subject's soft edge and halo go too.
    private const int HoleMargin = 3;
    private const int HoleBlurPasses = 2;

    /// <summary>
    /// A new opaque bitmap (Bgra8888, Premul) the size of <paramref name="image"/>: outside the
    /// subject the picture itself (transparent parts made opaque with the surrounding colours),
    /// inside it a soft fill pulled in from the surrounding background.
    /// </summary>
    public static SKBitmap FillBehindSubject(SKBitmap image, SubjectMask mask)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        if (mask.Width != image.Width || mask.Height != image.Height)
        {
            throw new ArgumentException($"The mask is {mask.Width}x{mask.Height} but the image is {image.Width}x{image.Height}.", nameof(mask));
        }
        using var bgra = image.ColorType == SKColorType.Bgra8888 && image.AlphaType == SKAlphaType.Premul ? null : image.Copy(SKColorType.Bgra8888);
        var source = bgra ?? image;
        int width = source.Width, height = source.Height;
        var scale = Math.Min(1.0, (double)GridLongSide / Math.Max(width, height));
        var gw = Math.Max(1, (int)Math.Round(width * scale));
        var gh = Math.Max(1, (int)Math.Round(height * scale));

        var hole = HoleCells(mask, gw, gh);
        var (colour, weight, mean) = KnownColours(source, hole, gw, gh);
        PushPullFill.Fill(colour, weight, gw, gh, mean);
        SoftenInsideHole(colour, hole, gw, gh);

        var softHole = new float[hole.Length];
        for (var i = 0; i < hole.Length; i++)
        {
            softHole[i] = hole[i];
        }
        PlaneFilter.BoxBlur(softHole, gw, gh, radius: 1);
        return Compose(source, colour, softHole, gw, gh);
    }

    private static byte[] HoleCells(SubjectMask mask, int gw, int gh)
    {
        var cover = PlaneFilter.Shrink(mask.Alpha, mask.Width, mask.Height, gw, gh);
        var hole = new byte[cover.Length];
        for (var i = 0; i < cover.Length; i++)
        {
            hole[i] = cover[i] > HoleThreshold ? (byte)1 : (byte)0;
        }
        BinaryMorphology.Dilate(hole, gw, gh, HoleMargin);
        return hole;
    }

    // Mean premultiplied colour and opacity of each grid cell outside the hole; the hole's
    // cells are unknown (weight 0). Also the mean colour of everything opaque, for a picture
    // that has no background at all.
    private static unsafe (float[] Colour, float[] Weight, (float, float, float) Mean) KnownColours(SKBitmap source, byte[] hole, int gw, int gh)
    {
        int width = source.Width, height = source.Height;
        var colour = new float[gw * gh * 3];
        var weight = new float[gw * gh];
        var counts = new int[gw * gh];
        var cellOfX = new int[width];
        for (var x = 0; x < width; x++)
        {
            cellOfX[x] = (int)((long)x * gw / width);
        }
        double sb = 0, sg = 0, sr = 0, sa = 0;
        for (var y = 0; y < height; y++)
        {
            var row = (uint*)((byte*)source.GetPixels() + ((long)y * source.RowBytes));
            var cellRow = (int)((long)y * gh / height) * gw;
            for (var x = 0; x < width; x++)
            {
                var p = row[x];
                float b = p & 0xFF, g = (p >> 8) & 0xFF, r = (p >> 16) & 0xFF, a = p >> 24;
                sb += b;
                sg += g;
                sr += r;
                sa += a;
                var c = cellRow + cellOfX[x];
                counts[c]++;
                if (hole[c] == 0)
                {
                    colour[c * 3] += b;
                    colour[(c * 3) + 1] += g;
                    colour[(c * 3) + 2] += r;
                    weight[c] += a;
                }
            }
        }
        for (var c = 0; c < weight.Length; c++)
        {
            // Colours are premultiplied by alpha, which is the known-ness weight: a transparent
            // pixel tells nothing about the background's colour.
            var n = Math.Max(1, counts[c]) * 255f;
            colour[c * 3] /= n;
            colour[(c * 3) + 1] /= n;
            colour[(c * 3) + 2] /= n;
            weight[c] /= n;
        }
        var mean = sa > 0 ? ((float)(sb / sa), (float)(sg / sa), (float)(sr / sa)) : (0.5f, 0.5f, 0.5f);
        return (colour, weight, mean);
    }

    // Push-pull leaves faint blocky steps deep inside a big hole; a blur there hides them.
    private static void SoftenInsideHole(float[] colour, byte[] hole, int gw, int gh)
    {
        var radius = Math.Max(1, Math.Max(gw, gh) / 128);
        for (var k = 0; k < 3; k++)
        {
            var channel = new float[gw * gh];
            for (var i = 0; i < channel.Length; i++)
            {
                channel[i] = colour[(i * 3) + k];
            }
            PlaneFilter.BoxBlur(channel, gw, gh, radius, HoleBlurPasses);
            for (var i = 0; i < channel.Length; i++)
            {
                if (hole[i] != 0)
                {
                    colour[(i * 3) + k] = channel[i];
                }
            }
        }
    }

    private static unsafe SKBitmap Compose(SKBitmap source, float[] fill, float[] hole, int gw, int gh)
    {
        int width = source.Width, height = source.Height;
        var plate = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        var (x0, x1, fx) = PlaneFilter.Taps(gw, width);
        var (y0, y1, fy) = PlaneFilter.Taps(gh, height);
        for (var y = 0; y < height; y++)
        {
            var src = (uint*)((byte*)source.GetPixels() + ((long)y * source.RowBytes));
            var dst = (uint*)((byte*)plate.GetPixels() + ((long)y * plate.RowBytes));
            int top = y0[y] * gw, bottom = y1[y] * gw;
            var wy = fy[y];
            for (var x = 0; x < width; x++)
            {
                int a = top + x0[x], b = top + x1[x], c = bottom + x0[x], d = bottom + x1[x];
                var wx = fx[x];
                var h = Lerp(Lerp(hole[a], hole[b], wx), Lerp(hole[c], hole[d], wx), wy);
                var p = src[x];
                var alpha = (p >> 24) / 255f;
                if (h <= 0f && alpha >= 1f)
                {
                    dst[x] = p;
                    continue;
                }
                // Picture over the fill (opaque), then the fill over that where the hole is.
                var keep = 1f - h;
                var under = 255f * (1f - (keep * alpha));
                uint result = 0xFF000000;
                for (var k = 0; k < 3; k++)
                {
                    var f = Lerp(Lerp(fill[(a * 3) + k], fill[(b * 3) + k], wx), Lerp(fill[(c * 3) + k], fill[(d * 3) + k], wx), wy);
                    var own = (p >> (8 * k)) & 0xFF;
                    var v = (keep * own) + (under * f);
                    result |= (uint)Math.Clamp((int)(v + 0.5f), 0, 255) << (8 * k);
                }
                dst[x] = result;
            }
        }
        return plate;
    }

    private static float Lerp(float a, float b, float t) => a + ((b - a) * t);
}
