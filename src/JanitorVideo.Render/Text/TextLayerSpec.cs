using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// One text layer of a clip: the words, their role, when they show (seconds from the clip's start,
/// visible from <paramref name="StartSeconds"/> up to but not including <paramref name="EndSeconds"/>),
/// where they sit, how they enter and leave, and an optional fill colour (white when null).
/// </summary>
public sealed record TextLayerSpec(
    string Text,
    TextRole Role,
    double StartSeconds,
    double EndSeconds,
    TextPlacement Placement = TextPlacement.Bottom,
    TextMotion In = TextMotion.Fade,
    TextMotion Out = TextMotion.Fade,
    SKColor? Color = null);
