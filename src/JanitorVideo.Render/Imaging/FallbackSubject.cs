namespace JanitorVideo.Render.Imaging;

/// <summary>
/// The mask used when nothing stands out: an upright oval a little below the centre, where
/// character art usually stands. Marked <see cref="SubjectMask.IsFallback"/>.
/// </summary>
internal static class FallbackSubject
{
    public static SubjectMask Oval(int width, int height)
    {
        var alpha = new byte[width * height];
        float cx = (width - 1) * 0.5f, cy = (height - 1) * 0.55f;
        float rx = width * 0.28f, ry = height * 0.38f;
        var feather = MaskUpscale.FeatherPixels(width, height);
        var radius = Math.Min(rx, ry);
        for (var y = 0; y < height; y++)
        {
            var dy = (y - cy) / ry;
            for (var x = 0; x < width; x++)
            {
                var dx = (x - cx) / rx;
                var inside = (1f - MathF.Sqrt((dx * dx) + (dy * dy))) * radius;
                alpha[(y * width) + x] = (byte)(Math.Clamp(0.5f + (inside / feather), 0f, 1f) * 255f + 0.5f);
            }
        }
        return SubjectMask.Measure(width, height, alpha, fromAlpha: false, isFallback: true);
    }
}
