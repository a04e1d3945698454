namespace JanitorVideo.Render.Motion;

/// <summary>
/// The interpreter of the motion table: a preset and the time give a <see cref="FramePose"/>.
/// Pure maths on doubles, so poses are sub-pixel and the same for the same inputs.
/// </summary>
public static class MotionPath
{
    // Handheld drift: a few incommensurate sines, fitted to the clip so a loop closes.
    private static readonly (double Period, double Weight, double Phase)[] DriftX = [(3.7, 0.6, 0.3), (2.3, 0.3, 1.9), (6.1, 0.4, 4.2)];
    private static readonly (double Period, double Weight, double Phase)[] DriftY = [(4.3, 0.5, 2.2), (2.9, 0.3, 0.7), (5.3, 0.4, 5.1)];

    public static FramePose At(MotionSettings settings, double seconds, double durationSeconds)
    {
        var preset = settings.Preset;
        var duration = Math.Max(durationSeconds, 1e-6);
        var t = Math.Clamp(seconds / duration, 0, 1);
        var progress = settings.Loop ? Easing.ThereAndBack(t) : Easing.InOut(t);
        var travel = Math.Clamp(settings.Strength * settings.Speed, 0, 3);

        var camera = preset.Camera;
        var zoomFrom = 1 + (camera.ZoomFrom - 1) * settings.Strength;
        var zoomTo = 1 + (camera.ZoomTo - 1) * settings.Strength;
        // Speed shortens or lengthens the journey around its midpoint, so slow still moves.
        var zoomMid = (zoomFrom + zoomTo) / 2;
        var zoom = Math.Max(1, zoomMid + (Lerp(zoomFrom, zoomTo, progress) - zoomMid) * Math.Min(settings.Speed, 1.6));
        var panX = Lerp(camera.PanXFrom, camera.PanXTo, progress) * Math.Min(travel, 1);
        var panY = Lerp(camera.PanYFrom, camera.PanYTo, progress) * Math.Min(travel, 1);

        // The room the zoom leaves on each side, as a fraction of the frame.
        var room = (1 - 1 / zoom) / 2;
        var orbit = preset.Orbit * settings.Strength * Math.Sin(2 * Math.PI * t);
        var drift = preset.Handheld * settings.Strength;
        var driftX = drift * Sum(DriftX, seconds, duration, settings.Speed);
        var driftY = drift * Sum(DriftY, seconds, duration, settings.Speed);
        var centerX = Math.Clamp(panX * room + orbit + driftX, -room, room);
        var centerY = Math.Clamp(panY * room + driftY, -room, room);

        var parallax = preset.Parallax * settings.Strength;
        // The subject swings against the orbit; one held against a side of the frame cannot.
        var swing = settings.Limits?.HoldsASide == true ? 0 : -orbit * parallax * 6;
        if (settings.Limits is { } limits)
        {
            var layered = limits.Layered ? parallax : 0;
            (centerX, centerY) = limits.Keep(zoom, centerX, centerY, layered, limits.Layered ? swing : 0);
        }
        var idle = preset.Idle;
        var breathPeriod = Easing.FittedPeriod(idle.BreathPeriod / Math.Max(settings.Speed, 0.2), duration);
        var swayPeriod = Easing.FittedPeriod(idle.SwayPeriod / Math.Max(settings.Speed, 0.2), duration);
        var breathPhase = 2 * Math.PI * seconds / breathPeriod;
        var swayPhase = 2 * Math.PI * seconds / swayPeriod;

        return new FramePose(
            Zoom: zoom,
            CenterX: centerX,
            CenterY: centerY,
            // Lower rows are nearer: they travel further on sideways moves than the sky does.
            DepthShear: parallax * 0.5 * (centerX - 0),
            // The subject, nearer still, moves further than the background and against the orbit.
            SubjectOffsetX: -parallax * centerX + swing,
            SubjectOffsetY: -parallax * centerY * 0.5,
            SubjectZoom: 1 + (zoom - 1) * parallax,
            Breath: idle.Breath * settings.Strength * (1 - Math.Cos(breathPhase)) / 2,
            Sway: idle.Sway * settings.Strength * Math.Sin(swayPhase),
            Bob: idle.Bob * settings.Strength * Math.Sin(breathPhase - 0.6));
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;

    private static double Sum((double Period, double Weight, double Phase)[] waves, double seconds, double duration, double speed)
    {
        var total = 0.0;
        var weights = 0.0;
        foreach (var (period, weight, phase) in waves)
        {
            var fitted = Easing.FittedPeriod(period / Math.Max(speed, 0.2), duration);
            total += weight * Math.Sin(2 * Math.PI * seconds / fitted + phase);
            weights += weight;
        }
        return total / weights;
    }
}
