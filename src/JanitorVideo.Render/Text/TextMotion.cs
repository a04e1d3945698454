namespace JanitorVideo.Render.Text;

/// <summary>How a text layer enters or leaves.</summary>
public enum TextMotion
{
    /// <summary>Appears or disappears at once.</summary>
    None,

    /// <summary>Fades in or out.</summary>
    Fade,

    /// <summary>Fades while moving up: in from below its place, out above it.</summary>
    SlideUp,

    /// <summary>Fades while moving down: in from above its place, out below it.</summary>
    SlideDown,
}
