namespace JanitorVideo.Render.Framing;

/// <summary>What fills the stage where the image does not.</summary>
public enum BackdropKind
{
    /// <summary>The image covers the whole stage.</summary>
    None,

    /// <summary>The image itself, cover-scaled, blurred and dimmed (opaque art of another aspect).</summary>
    BlurredFill,

    /// <summary>A gradient from the subject's palette with soft light (transparent character art).</summary>
    Gradient,
}
