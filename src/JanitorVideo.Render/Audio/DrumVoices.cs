namespace JanitorVideo.Render.Audio;

/// <summary>
/// The drums: pitch sweeps and shaped noise. The noise is hashed from the hit's seed and the
/// sample's offset, so every pass of the loop plays the very same hit.
/// </summary>
internal static class DrumVoices
{
    public const double KickLength = 0.6;
    public const double SnareLength = 0.45;
    public const double ClapLength = 0.45;
    public const double HiHatLength = 0.15;
    public const double ShakerLength = 0.2;
    public const double TaikoLength = 1.2;

    public static void Kick(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var span = NoteSpan.Of(note, (long)(KickLength * sr), mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var body = new ExpDecay(0.22, sr, span.From - note.Start);
        var sweep = new ExpDecay(0.03, sr, span.From - note.Start);
        var click = new ExpDecay(0.004, sr, span.From - note.Start);
        var gain = 0.55 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var t = (double)n / sr;

            // The pitch falls from about 160 Hz to 48 Hz: the phase is the integral of that sweep.
            var cycles = (48 * t) + (110 * 0.03 * (1 - sweep.Next()));
            var fade = Math.Min(1, (KickLength - t) / 0.05);
            var sample = gain * fade * ((Math.Min(1, t / 0.001) * body.Next() * SineTable.Sin(cycles)) + (0.2 * click.Next() * SeededRandom.Noise(note.Seed, n)));
            mix.Add(i, sample * 0.7071, sample * 0.7071, 0.05);
        }
    }

    public static void Snare(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var span = NoteSpan.Of(note, (long)(SnareLength * sr), mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var (panLeft, panRight) = note.PanGains();
        var tone = new ExpDecay(0.05, sr, span.From - note.Start);
        var rattle = new ExpDecay(0.1, sr, span.From - note.Start);
        var lowCut = new OnePoleLowPass(1500, sr);
        var highCut = new OnePoleLowPass(7000, sr);
        var gain = 0.28 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var t = (double)n / sr;
            var noise = SeededRandom.Noise(note.Seed, n);
            var bright = highCut.Process(noise - lowCut.Process(noise));
            var fade = Math.Min(1, (SnareLength - t) / 0.05);
            var sample = gain * fade * Math.Min(1, t / 0.001) * ((0.55 * tone.Next() * SineTable.Sin(190 * t)) + (rattle.Next() * bright));
            mix.Add(i, sample * panLeft, sample * panRight, 0.25);
        }
    }

    public static void Clap(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var span = NoteSpan.Of(note, (long)(ClapLength * sr), mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var (panLeft, panRight) = note.PanGains();
        var lowCut = new OnePoleLowPass(900, sr);
        var highCut = new OnePoleLowPass(3500, sr);
        var gain = 0.3 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var t = (double)n / sr;
            var noise = SeededRandom.Noise(note.Seed, n);
            var band = highCut.Process(noise - lowCut.Process(noise));
            var fade = Math.Min(1, (ClapLength - t) / 0.05);
            var sample = gain * fade * ClapEnvelope(t) * band * 2;
            mix.Add(i, sample * panLeft, sample * panRight, 0.3);
        }
    }

    public static void HiHat(MixBuffer mix, in ScheduledNote note) => Noise(mix, note, HiHatLength, 7000, 0.001, 0.035, 0.09);

    public static void Shaker(MixBuffer mix, in ScheduledNote note) => Noise(mix, note, ShakerLength, 5000, 0.015, 0.05, 0.07);

    public static void Taiko(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var span = NoteSpan.Of(note, (long)(TaikoLength * sr), mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var (panLeft, panRight) = note.PanGains();
        var body = new ExpDecay(0.55, sr, span.From - note.Start);
        var overtone = new ExpDecay(0.2, sr, span.From - note.Start);
        var sweep = new ExpDecay(0.05, sr, span.From - note.Start);
        var thump = new ExpDecay(0.03, sr, span.From - note.Start);
        var thumpFilter = new OnePoleLowPass(300, sr);
        var gain = 0.45 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var t = (double)n / sr;
            var cycles = (55 * t) + (70 * 0.05 * (1 - sweep.Next()));
            var skin = (body.Next() * SineTable.Sin(cycles)) + (0.3 * overtone.Next() * SineTable.Sin(1.6 * cycles));
            var hit = 0.6 * thump.Next() * thumpFilter.Process(SeededRandom.Noise(note.Seed, n)) * 4;
            var fade = Math.Min(1, (TaikoLength - t) / 0.3);
            var sample = gain * fade * Math.Min(1, t / 0.002) * (skin + hit);
            mix.Add(i, sample * panLeft, sample * panRight, 0.45);
        }
    }

    /// <summary>Three quick bursts (the hands) and a short tail (the room).</summary>
    private static double ClapEnvelope(double t)
    {
        var envelope = 0.0;
        for (var k = 0; k < 3; k++)
        {
            var since = t - (0.011 * k);
            if (since >= 0)
            {
                envelope += Math.Exp(-since / 0.006);
            }
        }

        return t >= 0.025 ? envelope + (0.8 * Math.Exp(-(t - 0.025) / 0.09)) : envelope;
    }

    /// <summary>High-passed noise with an attack and an exponential decay: hats and shakers.</summary>
    private static void Noise(MixBuffer mix, in ScheduledNote note, double length, double highPassHz, double attack, double decay, double level)
    {
        var sr = mix.SampleRate;
        var span = NoteSpan.Of(note, (long)(length * sr), mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var (panLeft, panRight) = note.PanGains();
        var lowCut = new OnePoleLowPass(highPassHz, sr);
        var envelope = new ExpDecay(decay, sr, span.From - note.Start);
        var gain = level * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var t = (double)n / sr;
            var noise = SeededRandom.Noise(note.Seed, n);
            var fade = Math.Min(1, (length - t) / 0.03);
            var sample = gain * fade * Math.Min(1, t / attack) * envelope.Next() * (noise - lowCut.Process(noise));
            mix.Add(i, sample * panLeft, sample * panRight, 0.15);
        }
    }
}
