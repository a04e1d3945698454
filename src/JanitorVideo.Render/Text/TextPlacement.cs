namespace JanitorVideo.Render.Text;

/// <summary>Where a text layer sits vertically inside the frame's safe area; it is always centred horizontally.</summary>
public enum TextPlacement
{
    /// <summary>Against the top of the safe area.</summary>
    Top,

    /// <summary>Centred on the frame, kept inside the safe area.</summary>
    Center,

    /// <summary>Against the bottom of the safe area.</summary>
    Bottom,
}
