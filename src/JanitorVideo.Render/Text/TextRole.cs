namespace JanitorVideo.Render.Text;

/// <summary>What a text layer is for; it decides the size, weight and line limit.</summary>
public enum TextRole
{
    /// <summary>Big and bold, at most three lines.</summary>
    Title,

    /// <summary>Medium, at most three lines.</summary>
    Subtitle,

    /// <summary>Smaller running text, at most four lines.</summary>
    Caption,
}
