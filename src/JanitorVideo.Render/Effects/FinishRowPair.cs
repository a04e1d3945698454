namespace JanitorVideo.Render.Effects;

/// <summary>
/// Everything the finishing kernels read and write for two pixel rows (one chroma row): the BGRA
/// rows in, the planes out, the grain and sweep rows (Q6 luma steps) and the row gains (Q14,
/// brightness × vignette row).
/// </summary>
internal ref struct FinishRowPair
{
    public ReadOnlySpan<byte> Top;
    public ReadOnlySpan<byte> Bottom;
    public Span<byte> LumaTop;
    public Span<byte> LumaBottom;
    public Span<byte> U;
    public Span<byte> V;
    public ReadOnlySpan<short> GrainTop;
    public ReadOnlySpan<short> GrainBottom;
    public ReadOnlySpan<short> SweepTop;
    public ReadOnlySpan<short> SweepBottom;
    public short GainTop;
    public short GainBottom;
    public short GainChroma;
}
