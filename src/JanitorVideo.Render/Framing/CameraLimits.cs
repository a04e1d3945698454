namespace JanitorVideo.Render.Framing;

/// <summary>
/// Where the camera may look, so that in every frame of the motion the subject's head stays inside
/// the frame's safe area and a grounded edge (a bust's waist) stays past the frame's edge. It moves
/// the view's centre only as far as needed; the pan presets keep their path elsewhere.
/// </summary>
/// <param name="Head">The head on the stage.</param>
/// <param name="Subject">The subject's bounds on the stage (its base and centre anchor its parallax).</param>
/// <param name="Grounded">The subject's edges that must stay out of view.</param>
/// <param name="Safe">Where the head must stay, in fractions of the frame.</param>
public sealed record CameraLimits(NormalizedRect Head, NormalizedRect Subject, CutEdges Grounded, NormalizedRect Safe)
{
    /// <summary>True when the subject is drawn as its own layer, with parallax; false when it moves with the stage.</summary>
    public bool Layered { get; init; }

    /// <summary>True when the subject is held against a side of the frame (it cannot swing with an orbit).</summary>
    public bool HoldsASide => (Grounded & (CutEdges.Left | CutEdges.Right)) != CutEdges.None;

    /// <summary>
    /// The head's safe area: inside the sides, below the app's UI (and most of a title's band) and
    /// above the captions of a short (9:16); inside plain margins otherwise.
    /// </summary>
    public static NormalizedRect HeadSafe(bool portrait) => portrait
        ? new NormalizedRect(0.1, 0.17, 0.8, 0.6)
        : new NormalizedRect(0.1, 0.12, 0.8, 0.75);

    /// <summary>
    /// The view's centre nearest to (<paramref name="centerX"/>, <paramref name="centerY"/>) that keeps
    /// the head and the grounded edges where they belong, within the room the zoom leaves.
    /// </summary>
    /// <param name="parallax">How much further the subject layer travels than the stage (0 when the head is drawn with the stage).</param>
    /// <param name="subjectShiftX">The subject layer's sideways offset that does not follow the view (an orbit's swing).</param>
    public (double X, double Y) Keep(double zoom, double centerX, double centerY, double parallax, double subjectShiftX)
    {
        var z = Math.Max(zoom, 1);
        var room = (1 - 1 / z) / 2;
        var subjectZoom = 1 + (z - 1) * parallax;
        var anchorX = Subject.CenterX;
        var baseY = Subject.Bottom;
        // Where a subject point sits on the stage, less the half-frame, before the view's centre moves it.
        double X(double x) => anchorX + (x - anchorX) * subjectZoom + subjectShiftX - 0.5;
        double Y(double y) => baseY + (y - baseY) * subjectZoom - 0.5;
        var gainX = 1 + parallax;
        var gainY = 1 + 0.5 * parallax;

        // The head: frame = (point − (gain)·centre)·zoom + ½ must lie within the safe area.
        var x = Within(centerX,
            (X(Head.Right) - (Safe.Right - 0.5) / z) / gainX,
            (X(Head.Left) - (Safe.Left - 0.5) / z) / gainX);
        // Breathing lifts the head a little above where the pose puts it: keep a margin for it.
        var y = Within(centerY,
            (Y(Head.Bottom) - (Safe.Bottom - 0.5) / z) / gainY,
            (Y(Head.Top) - 0.01 - (Safe.Top - 0.5) / z) / gainY);

        // Grounded edges must stay just past the frame's edge.
        if (Grounded.HasFlag(CutEdges.Bottom))
        {
            y = Math.Min(y, (Y(Subject.Bottom) - 0.5 / z) / gainY);
        }
        if (Grounded.HasFlag(CutEdges.Left))
        {
            x = Math.Max(x, (X(Subject.Left) + 0.5 / z) / gainX);
        }
        if (Grounded.HasFlag(CutEdges.Right))
        {
            x = Math.Min(x, (X(Subject.Right) - 0.5 / z) / gainX);
        }
        return (Math.Clamp(x, -room, room), Math.Clamp(y, -room, room));
    }

    // The value nearest to wanted inside [low, high]; the middle when the range is empty (the head
    // larger than the safe area: it is centred instead).
    private static double Within(double wanted, double low, double high) =>
        low <= high ? Math.Clamp(wanted, low, high) : (low + high) / 2;
}
