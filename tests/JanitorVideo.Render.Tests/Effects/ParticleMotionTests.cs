using JanitorVideo.Render.Effects;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Effects;

/// <summary>Each kind moves like itself: checked on the pure pose functions, particle by particle.</summary>
public sealed class ParticleMotionTests
{
    private const float Width = 1080, Height = 1920;
    private const double Duration = 6;

    [Fact]
    public void Snow_DriftsDownSlowlyWithSway()
    {
        var steps = Steps(ParticleKind.Snow, 0.2);

        Assert.True(steps.Count(s => s.Dy > 0) > 0.9 * steps.Length);
        Assert.InRange(Median(steps.Select(s => s.Dy / 0.2)), 0.03 * Height, 0.3 * Height);
        Assert.All(steps, s => Assert.Equal(0f, s.After.Degrees));
    }

    [Fact]
    public void Rain_FallsFastAlongItsSlant()
    {
        var steps = Steps(ParticleKind.Rain, 0.05);

        Assert.True(Median(steps.Select(s => s.Dy / 0.05)) > Height);
        Assert.All(steps.Where(s => s.Dy > 0), s => Assert.True(s.Dx > 0, "rain drifts with the wind"));
        Assert.All(steps, s => Assert.True(s.After.Degrees < -5, "streaks lean along their path"));
    }

    [Fact]
    public void Embers_RiseAndBurnOutNearTheTop()
    {
        // Without a loop every ember makes the whole climb.
        var (particles, profile) = Scatter(ParticleKind.Embers, loop: false);
        var steps = Steps(ParticleKind.Embers, 0.2);

        Assert.True(steps.Count(s => s.Dy < 0) > 0.9 * steps.Length);
        var high = particles.Select(p => ParticlePoses.At(profile, p, 1.0, Width, Height)).Where(pose => pose.Y is > 0 and < Height * 0.15f).ToArray();
        var low = particles.Select(p => ParticlePoses.At(profile, p, 1.0, Width, Height)).Where(pose => pose.Y > Height * 0.7f).ToArray();
        Assert.True(high.Average(pose => pose.Alpha) < low.Average(pose => pose.Alpha));
    }

    [Fact]
    public void Petals_TumbleWhileDriftingDiagonally()
    {
        var steps = Steps(ParticleKind.Petals, 0.3);

        Assert.True(steps.Count(s => s.Dy > 0) > 0.9 * steps.Length);
        Assert.True(steps.Count(s => s.Dx > 0) > 0.7 * steps.Length, "petals drift sideways as they fall");
        Assert.True(steps.Count(s => s.Before.Degrees != s.After.Degrees) > 0.9 * steps.Length);
        Assert.True(steps.Count(s => Math.Abs(s.Before.Turn - s.After.Turn) > 0.01f) > 0.9 * steps.Length);
    }

    [Fact]
    public void Sparkles_StayNearlyStillAndTwinkle()
    {
        var steps = Steps(ParticleKind.Sparkles, 0.02);

        // Within one flash a sparkle barely moves; its brightness swells and fades.
        Assert.True(Median(steps.Select(s => MathF.Sqrt((s.Dx * s.Dx) + (s.Dy * s.Dy)))) < 1.5f);
        var (particles, profile) = Scatter(ParticleKind.Sparkles);
        var brightness = Enumerable.Range(0, 60).Select(i => ParticlePoses.At(profile, particles[0], i * 0.05, Width, Height).Alpha).ToArray();
        Assert.True(brightness.Min() < 0.05f && brightness.Max() > 0.4f);
    }

    [Fact]
    public void Fireflies_WanderSlowlyAndPulse()
    {
        var steps = Steps(ParticleKind.Fireflies, 0.1);
        var (particles, profile) = Scatter(ParticleKind.Fireflies);

        Assert.InRange(Median(steps.Select(s => MathF.Sqrt((s.Dx * s.Dx) + (s.Dy * s.Dy)) / 0.1f)), 5, 200);
        var glow = Enumerable.Range(0, 80).Select(i => ParticlePoses.At(profile, particles[^1], i * 0.05, Width, Height).Alpha).ToArray();
        Assert.True(glow.Max() > 2 * glow.Min());
    }

    [Fact]
    public void Dust_IsTinyAndFaint()
    {
        var (particles, profile) = Scatter(ParticleKind.Dust);
        var poses = particles.Select(p => ParticlePoses.At(profile, p, 1, Width, Height)).ToArray();

        Assert.True(poses.Max(pose => pose.Diameter) < 20);
        Assert.True(poses.Average(pose => pose.Alpha) < 0.5f);
    }

    [Fact]
    public void ShortLoop_SlowParticlesKeepTheirPace()
    {
        // A 2-second loop cannot hold a whole snowfall crossing; flakes must not be rushed across to fit.
        var spec = new ParticleSpec(ParticleKind.Snow);
        var profile = ParticleProfiles.For(ParticleKind.Snow);
        var looped = ParticleScatter.Scatter(profile, spec, new SKSizeI(1080, 1920), 2, 4, loop: true);
        var free = ParticleScatter.Scatter(profile, spec, new SKSizeI(1080, 1920), 2, 4, loop: false);

        double loopedSpeed = Median(looped.Select(p => (double)p.PathLength * p.Travel.Rate));
        double freeSpeed = Median(free.Select(p => (double)p.PathLength * p.Travel.Rate));
        Assert.InRange(loopedSpeed / freeSpeed, 0.75, 1.34);
    }

    private static (Particle[] Particles, ParticleProfile Profile) Scatter(ParticleKind kind, bool loop = true)
    {
        var profile = ParticleProfiles.For(kind);
        return (ParticleScatter.Scatter(profile, new ParticleSpec(kind, Density: 3), new SKSizeI((int)Width, (int)Height), Duration, 9, loop), profile);
    }

    /// <summary>Each visible particle's pose at 1 s and a moment later, skipping any that wrapped around in between.</summary>
    private static (ParticlePose Before, ParticlePose After, float Dx, float Dy)[] Steps(ParticleKind kind, double seconds)
    {
        var (particles, profile) = Scatter(kind);
        return particles
            .Select(p => (Before: ParticlePoses.At(profile, p, 1.0, Width, Height), After: ParticlePoses.At(profile, p, 1.0 + seconds, Width, Height)))
            .Where(s => s.Before.Alpha > 0.01f && s.After.Alpha > 0.01f && Math.Abs(s.After.Y - s.Before.Y) < Height / 2)
            .Select(s => (s.Before, s.After, s.After.X - s.Before.X, s.After.Y - s.Before.Y))
            .ToArray();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static float Median(IEnumerable<float> values) => (float)Median(values.Select(v => (double)v));
}
