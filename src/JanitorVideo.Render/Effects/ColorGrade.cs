namespace JanitorVideo.Render.Effects;

/// <summary>A named colour look, applied to the whole frame by the finishing pass.</summary>
public enum ColorGrade
{
    /// <summary>The colours as drawn.</summary>
    None,

    /// <summary>Golden: more red, less blue.</summary>
    Warm,

    /// <summary>Blue: less red, more blue.</summary>
    Cool,

    /// <summary>The cinematic split: teal shadows, orange skin and highlights.</summary>
    TealOrange,

    /// <summary>Old print: lifted blacks, softer colour, a warm cast.</summary>
    Vintage,

    /// <summary>Soft and airy: low contrast, lifted, a slight pink.</summary>
    Dreamy,

    /// <summary>Black and white with strong contrast.</summary>
    Noir,

    /// <summary>Stronger colour and a little more contrast.</summary>
    Vivid,
}
