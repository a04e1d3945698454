using SkiaSharp;

namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Shrinks a BGRA premultiplied image fed one row at a time, each output pixel the exact area
/// average of the input it covers. Holds only two output rows of sums, so a huge image can be
/// decoded row by row and never exist whole in memory.
/// </summary>
internal sealed unsafe class AreaDownsampler
{
    private readonly int _srcWidth;
    private readonly int _dstWidth;
    private readonly int _dstHeight;
    private readonly int[] _column;
    private readonly float[] _columnFirst;
    private readonly float[] _columnSecond;
    private readonly int[] _row;
    private readonly float[] _rowFirst;
    private readonly float[] _rowSecond;
    private readonly float[] _horizontal;
    private float[] _current;
    private float[] _next;
    private readonly SKBitmap _target;
    private int _srcRow;

    /// <param name="target">Receives the result; its size is the output size (at most the input's).</param>
    public AreaDownsampler(int srcWidth, int srcHeight, SKBitmap target)
    {
        _srcWidth = srcWidth;
        _dstWidth = target.Width;
        _dstHeight = target.Height;
        _target = target;
        (_column, _columnFirst, _columnSecond) = Spans(srcWidth, _dstWidth);
        (_row, _rowFirst, _rowSecond) = Spans(srcHeight, _dstHeight);
        _horizontal = new float[_dstWidth * 4];
        _current = new float[_dstWidth * 4];
        _next = new float[_dstWidth * 4];
    }

    /// <summary>How many input rows have been taken; all of them means the target is complete.</summary>
    public int RowsTaken => _srcRow;

    /// <summary>Adds the next input row (srcWidth BGRA premultiplied pixels).</summary>
    public void PushRow(uint* pixels)
    {
        var h = _horizontal;
        Array.Clear(h);
        for (var x = 0; x < _srcWidth; x++)
        {
            var p = pixels[x];
            float b = p & 0xFF, g = (p >> 8) & 0xFF, r = (p >> 16) & 0xFF, a = p >> 24;
            var i = _column[x] * 4;
            var w = _columnFirst[x];
            h[i] += b * w;
            h[i + 1] += g * w;
            h[i + 2] += r * w;
            h[i + 3] += a * w;
            var w2 = _columnSecond[x];
            if (w2 > 0f)
            {
                h[i + 4] += b * w2;
                h[i + 5] += g * w2;
                h[i + 6] += r * w2;
                h[i + 7] += a * w2;
            }
        }
        var y = _srcRow++;
        var first = _rowFirst[y];
        var second = _rowSecond[y];
        for (var i = 0; i < h.Length; i++)
        {
            _current[i] += h[i] * first;
        }
        if (second > 0f)
        {
            for (var i = 0; i < h.Length; i++)
            {
                _next[i] += h[i] * second;
            }
        }
        var lastOfOutputRow = y + 1 >= _row.Length || _row[y + 1] != _row[y];
        if (lastOfOutputRow)
        {
            Emit(_row[y]);
            (_current, _next) = (_next, _current);
            Array.Clear(_next);
        }
    }

    /// <summary>Shrinks a whole bitmap held in memory.</summary>
    public static SKBitmap Shrink(SKBitmap source, int width, int height)
    {
        var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        var downsampler = new AreaDownsampler(source.Width, source.Height, target);
        var pixels = (byte*)source.GetPixels();
        for (var y = 0; y < source.Height; y++)
        {
            downsampler.PushRow((uint*)(pixels + ((long)y * source.RowBytes)));
        }
        return target;
    }

    private void Emit(int outputRow)
    {
        if (outputRow >= _dstHeight)
        {
            return;
        }
        var dst = (uint*)((byte*)_target.GetPixels() + ((long)outputRow * _target.RowBytes));
        var c = _current;
        for (var x = 0; x < _dstWidth; x++)
        {
            var i = x * 4;
            dst[x] = Channel(c[i]) | (Channel(c[i + 1]) << 8) | (Channel(c[i + 2]) << 16) | (Channel(c[i + 3]) << 24);
        }
    }

    private static uint Channel(float value) => (uint)Math.Clamp((int)(value + 0.5f), 0, 255);

    // For each input index: the output cell it starts in, the share of its (output-scale) width
    // inside that cell and the share spilling into the next. Shares per output cell sum to one.
    private static (int[] Cell, float[] First, float[] Second) Spans(int srcLength, int dstLength)
    {
        var cell = new int[srcLength];
        var first = new float[srcLength];
        var second = new float[srcLength];
        var scale = (double)dstLength / srcLength;
        for (var i = 0; i < srcLength; i++)
        {
            var lo = i * scale;
            var hi = (i + 1) * scale;
            var c = Math.Min((int)Math.Floor(lo), dstLength - 1);
            cell[i] = c;
            if (hi <= c + 1 || c + 1 >= dstLength)
            {
                first[i] = (float)(Math.Min(hi, dstLength) - lo);
            }
            else
            {
                first[i] = (float)(c + 1 - lo);
                second[i] = (float)(hi - (c + 1));
            }
        }
        return (cell, first, second);
    }
}
