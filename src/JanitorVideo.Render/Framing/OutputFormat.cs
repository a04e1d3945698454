namespace JanitorVideo.Render.Framing;

/// <summary>The size of the clip. 1080x1920 is the default: character shorts are watched on phones.</summary>
public sealed record OutputFormat(int Width, int Height)
{
    public static OutputFormat Portrait1080 { get; } = new(1080, 1920);
    public static OutputFormat Landscape1080 { get; } = new(1920, 1080);
    public static OutputFormat Square1080 { get; } = new(1080, 1080);
    public static OutputFormat Portrait720 { get; } = new(720, 1280);
    public static OutputFormat Landscape720 { get; } = new(1280, 720);
    public static OutputFormat Square720 { get; } = new(720, 720);

    public static IReadOnlyList<OutputFormat> All { get; } =
        [Portrait1080, Landscape1080, Square1080, Portrait720, Landscape720, Square720];

    public bool IsPortrait => Height > Width;

    /// <summary>"9:16", "16:9" or "1:1".</summary>
    public string Aspect => Width == Height ? "1:1" : IsPortrait ? "9:16" : "16:9";

    public override string ToString() => $"{Width}x{Height}";

    /// <summary>The format for an aspect ("9:16", "16:9", "1:1", also "portrait", "landscape", "square") at 1080 or 720.</summary>
    /// <exception cref="RenderInputException">An aspect or size not offered, with the ones that are.</exception>
    public static OutputFormat For(string aspect, int shortSide = 1080)
    {
        var portrait = shortSide == 720 ? Portrait720 : Portrait1080;
        var landscape = shortSide == 720 ? Landscape720 : Landscape1080;
        var square = shortSide == 720 ? Square720 : Square1080;
        if (shortSide is not (720 or 1080))
        {
            throw new RenderInputException($"Clips are 1080p or 720p; {shortSide}p is not offered.");
        }
        return aspect.Trim().ToLowerInvariant() switch
        {
            "9:16" or "portrait" or "vertical" => portrait,
            "16:9" or "landscape" or "horizontal" => landscape,
            "1:1" or "square" => square,
            _ => throw new RenderInputException($"The aspect '{aspect}' is not offered; use 9:16 (portrait, the default), 16:9 or 1:1."),
        };
    }
}
