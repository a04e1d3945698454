using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Studio.Rendering;

/// <summary>The words a render request uses for quality (the contract says "high"), and the encoder speed each means.</summary>
public static class RenderQualities
{
    /// <summary>Each word and its quality; a word not listed gets <see cref="EncodeQuality.Standard"/>.</summary>
    public static IReadOnlyDictionary<string, EncodeQuality> Words { get; } = new Dictionary<string, EncodeQuality>(StringComparer.OrdinalIgnoreCase)
    {
        ["draft"] = EncodeQuality.Draft,
        ["preview"] = EncodeQuality.Draft,
        ["fast"] = EncodeQuality.Draft,
        ["low"] = EncodeQuality.Draft,
        ["standard"] = EncodeQuality.Standard,
        ["normal"] = EncodeQuality.Standard,
        ["medium"] = EncodeQuality.Standard,
        ["default"] = EncodeQuality.Standard,
        ["high"] = EncodeQuality.High,
        ["best"] = EncodeQuality.High,
        ["final"] = EncodeQuality.High,
    };

    /// <summary>The quality a word asks for; <see cref="EncodeQuality.Standard"/> for anything else.</summary>
    public static EncodeQuality Parse(string? quality) =>
        quality is not null && Words.TryGetValue(quality.Trim(), out var known) ? known : EncodeQuality.Standard;
}
