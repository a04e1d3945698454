using SkiaSharp;

namespace JanitorVideo.Render.Effects;

/// <summary>Chooses every particle of an effect from its seed: how many, which layer, size, brightness and motions.</summary>
internal static class ParticleScatter
{
    /// <summary>A ceiling on particles per effect: each is drawn on every frame.</summary>
    public const int MaxParticles = 400;

    /// <summary>The frame area the profile counts are for.</summary>
    private const double ReferenceArea = 1080.0 * 1920.0;

    /// <summary>
    /// About how long a slow particle lives when a short loop cannot fit a whole crossing: rather
    /// than rush it across, it fades in, travels at its own pace, and fades out.
    /// </summary>
    private const double SegmentSeconds = 3.5;

    public static int CountFor(ParticleProfile profile, ParticleSpec spec, SKSizeI frame)
    {
        double area = (double)frame.Width * frame.Height;
        return (int)Math.Min(MaxParticles, Math.Round(profile.Count * spec.Density * area / ReferenceArea));
    }

    /// <summary>The particles, Behind ones first, each layer from far to near.</summary>
    public static Particle[] Scatter(ParticleProfile profile, ParticleSpec spec, SKSizeI frame, double duration, int seed, bool loop)
    {
        var random = new SeededRandom((ulong)((seed * 0x5851_F42DL) + (long)spec.Kind));
        float unit = Math.Min(frame.Width, frame.Height) / 1080f;
        var particles = new Particle[CountFor(profile, spec, frame)];
        for (int i = 0; i < particles.Length; i++)
        {
            bool front = random.NextDouble() < profile.FrontShare;
            float depth = (float)random.NextDouble();

            // Parallax: near particles are bigger, quicker and brighter; far ones smaller, slower, dimmer.
            float size = front ? 1.15f + (0.5f * depth) : 0.6f + (0.3f * depth);
            double pace = (front ? 1.2 + (0.3 * depth) : 0.5 + (0.3 * depth)) * spec.Speed;
            float brightness = front ? 1f : 0.55f + (0.25f * depth);

            float diameter = Between(random, profile.Diameter) * unit * size;
            float sway = Between(random, profile.Sway) * unit * size;
            float margin = diameter + sway + 2;
            double speed = Between(random, profile.Speed) * frame.Height * pace;
            var (travel, path, crossing) = Path(speed, frame.Height + (2 * margin), duration, loop, random.NextDouble());
            float slant = profile.Slant * (profile.EitherWay && random.NextDouble() < 0.5 ? -1 : 1);

            particles[i] = new Particle
            {
                Layer = front ? ParticleLayer.Front : ParticleLayer.Behind,
                Depth = depth,
                Seed = (uint)random.NextBits(),
                HomeX = (float)((random.NextDouble() * 1.1) - 0.05) * frame.Width,
                HomeY = (float)((random.NextDouble() * 1.1) - 0.05) * frame.Height,
                Diameter = diameter,
                Alpha = Between(random, profile.Alpha) * brightness,
                Tint = profile.Tints[(int)(random.NextDouble() * profile.Tints.Length)],
                Travel = travel,
                PathLength = path,
                Crossing = crossing,
                Margin = margin,
                Slant = slant,
                Sway = Motion(random, profile.SwaySeconds, pace, duration, loop),
                SwayAmplitude = sway,
                Spin = Motion(random, profile.SpinSeconds, pace, duration, loop, eitherWay: true),
                Flip = Motion(random, profile.FlipSeconds, pace, duration, loop),
                Twinkle = Motion(random, profile.TwinkleSeconds, 1, duration, loop),
                WanderX = Motion(random, profile.WanderSeconds, pace, duration, loop),
                WanderY = Motion(random, profile.WanderSeconds, pace, duration, loop),
                WanderX2 = Motion(random, Half(profile.WanderSeconds), pace, duration, loop),
                WanderY2 = Motion(random, Half(profile.WanderSeconds), pace, duration, loop),
                WanderAmplitude = profile.Wander * unit * size,
            };
        }

        Array.Sort(particles, static (a, b) => a.Layer != b.Layer ? a.Layer.CompareTo(b.Layer) : a.Depth.CompareTo(b.Depth));
        return particles;
    }

    /// <summary>
    /// A trip across the whole frame when it fits the clip's rhythm; otherwise a shorter stretch
    /// of life (see <see cref="SegmentSeconds"/>), so short loops do not hurry slow particles.
    /// </summary>
    private static (Oscillator Travel, float Path, bool Crossing) Path(double speed, double crossing, double duration, bool loop, double phase)
    {
        if (speed <= 0)
        {
            return (Oscillator.Still, 0, true);
        }

        double crossingSeconds = crossing / speed;
        if (!loop || duration >= 0.75 * crossingSeconds)
        {
            return (Oscillator.Create(crossingSeconds, phase, duration, loop), (float)crossing, true);
        }

        double life = duration / Math.Max(1, Math.Round(duration / SegmentSeconds));
        return (Oscillator.Create(life, phase, duration, loop), (float)(speed * life), false);
    }

    /// <summary>An oscillator with a period drawn from <paramref name="seconds"/>, quickened by <paramref name="pace"/>; still when the range is 0.</summary>
    private static Oscillator Motion(SeededRandom random, (double Min, double Max) seconds, double pace, double duration, bool loop, bool eitherWay = false)
    {
        double period = Between(random, seconds) / pace;
        double phase = random.NextDouble();
        bool backwards = random.NextDouble() < 0.5;
        return Oscillator.Create(eitherWay && backwards ? -period : period, phase, duration, loop);
    }

    private static (double Min, double Max) Half((double Min, double Max) seconds) => (seconds.Min / 2, seconds.Max / 2);

    private static float Between(SeededRandom random, (float Min, float Max) range) => random.Between(range.Min, range.Max);

    private static double Between(SeededRandom random, (double Min, double Max) range) => range.Min + ((range.Max - range.Min) * random.NextDouble());
}
