namespace JanitorVideo.Render.Imaging;

/// <summary>
/// Depth without a depth model (none ships here): the ground recedes upwards (lower rows are
/// nearer), the subject stands in front of it and bulges a little towards its middle, and the
/// whole is blurred so that parallax bends the picture instead of tearing it at the outline.
/// </summary>
public static class DepthProxy
{
    private const int GridLongSide = 256;
    private const float FarthestGround = 0.1f;
    private const float NearestGround = 0.5f;
    private const float SubjectBase = 0.75f;
    private const float SubjectBulge = 0.1f;
    private const float SubjectSlope = 0.1f;

    public static DepthMap Build(SubjectMask mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        int width = mask.Width, height = mask.Height;
        var scale = Math.Min(1.0, (double)GridLongSide / Math.Max(width, height));
        var gw = Math.Max(1, (int)Math.Round(width * scale));
        var gh = Math.Max(1, (int)Math.Round(height * scale));
        var subject = PlaneFilter.Shrink(mask.Alpha, width, height, gw, gh);

        // Interior distance, roughly: a wide blur of the mask is highest deep inside the subject.
        var bulge = (float[])subject.Clone();
        PlaneFilter.BoxBlur(bulge, gw, gh, Math.Max(1, Math.Max(gw, gh) / 24), passes: 2);
        var peak = Math.Max(1e-3f, bulge.Max());

        var depth = new float[gw * gh];
        for (var y = 0; y < gh; y++)
        {
            var down = gh == 1 ? 1f : (float)y / (gh - 1);
            var ground = FarthestGround + ((NearestGround - FarthestGround) * down);
            for (var x = 0; x < gw; x++)
            {
                var i = (y * gw) + x;
                var near = SubjectBase + (SubjectBulge * bulge[i] / peak) + (SubjectSlope * down);
                depth[i] = ground + ((near - ground) * subject[i]);
            }
        }
        PlaneFilter.BoxBlur(depth, gw, gh, Math.Max(1, Math.Max(gw, gh) / 48), passes: 2);
        return new DepthMap { Width = width, Height = height, Depth = PlaneFilter.Resize(depth, gw, gh, width, height) };
    }
}
