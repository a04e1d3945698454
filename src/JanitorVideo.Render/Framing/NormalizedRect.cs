namespace JanitorVideo.Render.Framing;

/// <summary>A rectangle in stage coordinates, where the stage spans 0–1 on both axes.</summary>
public readonly record struct NormalizedRect(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public double CenterX => Left + Width / 2;
}
