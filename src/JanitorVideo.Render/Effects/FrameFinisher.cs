namespace JanitorVideo.Render.Effects;

/// <summary>
/// The last step of every frame: BGRA (premultiplied, opaque) to planar yuv420p (BT.709, limited
/// range) in one pass that also applies the colour grade, the brightness of the moment (fades,
/// glow pulse), the vignette, the light sweep and film grain. Everything that does not change
/// between frames is prepared here once; <see cref="Finish"/> keeps no state, so frames can be
/// finished on several threads at once.
/// </summary>
public sealed class FrameFinisher
{
    /// <summary>Largest side accepted; far beyond any video this engine makes.</summary>
    private const int MaxSide = 8192;

    private readonly int _width;
    private readonly int _height;
    private readonly YuvCoefficients _coefficients;
    private readonly VignetteGains _vignette;
    private readonly GrainTile _grain;
    private readonly SweepBand? _sweep;
    private readonly short[] _noSweep;

    public FrameFinisher(int width, int height, LightSpec spec, int seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        if (width < 2 || height < 2 || width > MaxSide || height > MaxSide || width % 2 != 0 || height % 2 != 0)
        {
            throw new RenderInputException(
                $"A {width}x{height} frame cannot be encoded as yuv420p video: width and height must be even numbers from 2 to {MaxSide}. Pick a size such as 1080x1920.");
        }

        _width = width;
        _height = height;
        _coefficients = YuvCoefficients.For(ColorGrades.For(spec.Grade));
        _vignette = new VignetteGains(width, height, spec.Vignette);
        _grain = new GrainTile(width, spec.Grain, seed);
        _sweep = spec.Sweep ? new SweepBand(width, height) : null;
        _noSweep = new short[width];
    }

    /// <summary>Bytes of one BGRA frame.</summary>
    public int InputLength => _width * _height * 4;

    /// <summary>Bytes of one yuv420p frame: the Y plane, then U, then V at half width and height.</summary>
    public int OutputLength => _width * _height * 3 / 2;

    /// <summary>
    /// Converts one frame. <paramref name="bgraPremulOpaque"/> holds width×height tightly packed
    /// BGRA pixels; <paramref name="yuv420p"/> receives the Y, U and V planes.
    /// </summary>
    public void Finish(ReadOnlySpan<byte> bgraPremulOpaque, Span<byte> yuv420p, in FrameLight light) =>
        Finish(bgraPremulOpaque, yuv420p, light, VectorFinishKernel.IsSupported);

    /// <summary>The same, choosing the kernel: the vector and scalar paths must agree.</summary>
    internal void Finish(ReadOnlySpan<byte> bgraPremulOpaque, Span<byte> yuv420p, in FrameLight light, bool useVector)
    {
        if (bgraPremulOpaque.Length < InputLength)
        {
            throw new ArgumentException($"A {_width}x{_height} BGRA frame needs {InputLength} bytes; got {bgraPremulOpaque.Length}.", nameof(bgraPremulOpaque));
        }

        if (yuv420p.Length < OutputLength)
        {
            throw new ArgumentException($"A {_width}x{_height} yuv420p frame needs {OutputLength} bytes; got {yuv420p.Length}.", nameof(yuv420p));
        }

        int chromaWidth = _width / 2;
        int chromaSize = chromaWidth * (_height / 2);
        Span<byte> lumaPlane = yuv420p[..(_width * _height)];
        Span<byte> uPlane = yuv420p.Slice(_width * _height, chromaSize);
        Span<byte> vPlane = yuv420p.Slice((_width * _height) + chromaSize, chromaSize);
        float gain = float.IsFinite(light.Gain) ? Math.Max(0f, light.Gain) : 1f;
        var grainOffsets = _grain.Offsets(light.GrainFrame);
        float sweepAt = light.HasSweep ? light.SweepProgress : -1f;
        ReadOnlySpan<short> columns = _vignette.Columns;
        ReadOnlySpan<short> chromaColumns = _vignette.ChromaColumns;

        for (int pair = 0; pair < _height / 2; pair++)
        {
            int y = pair * 2;
            var row = new FinishRowPair
            {
                Top = bgraPremulOpaque.Slice(y * _width * 4, _width * 4),
                Bottom = bgraPremulOpaque.Slice((y + 1) * _width * 4, _width * 4),
                LumaTop = lumaPlane.Slice(y * _width, _width),
                LumaBottom = lumaPlane.Slice((y + 1) * _width, _width),
                U = uPlane.Slice(pair * chromaWidth, chromaWidth),
                V = vPlane.Slice(pair * chromaWidth, chromaWidth),
                GrainTop = _grain.Row(y, grainOffsets),
                GrainBottom = _grain.Row(y + 1, grainOffsets),
                SweepTop = _sweep is null ? _noSweep : _sweep.Row(y, sweepAt),
                SweepBottom = _sweep is null ? _noSweep : _sweep.Row(y + 1, sweepAt),
                GainTop = FinishMath.Q14(gain * _vignette.Rows[y]),
                GainBottom = FinishMath.Q14(gain * _vignette.Rows[y + 1]),
                GainChroma = FinishMath.Q14(gain * _vignette.ChromaRows[pair]),
            };

            if (useVector)
            {
                VectorFinishKernel.Run(row, _coefficients, columns, chromaColumns);
            }
            else
            {
                ScalarFinishKernel.Run(row, _coefficients, columns, chromaColumns);
            }
        }
    }
}
