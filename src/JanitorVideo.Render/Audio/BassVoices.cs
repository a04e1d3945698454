namespace JanitorVideo.Render.Audio;

/// <summary>The low end: a round plucked bass and a slow sine drone.</summary>
internal static class BassVoices
{
    public const double BassRelease = 0.12;
    public const double SubBassRelease = 1.5;

    public static void Bass(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var release = (int)(BassRelease * sr);
        var span = NoteSpan.Of(note, note.SustainSamples + release, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var f = note.Frequency;
        var skipped = span.From - note.Start;
        var tone = new Phasor(f, sr, skipped);
        var body = new ExpDecay(1.1, sr, skipped);
        var second = new ExpDecay(0.3, sr, skipped);
        var third = new ExpDecay(0.15, sr, skipped);
        var gain = 0.26 * 0.7071 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var sample = gain * Envelopes.Attack(n, sr, 0.008) * body.Next() * Envelopes.ReleaseGain(n, note.SustainSamples, release)
                * (tone.Sin + (0.28 * second.Next() * tone.Sin2) + (0.1 * third.Next() * tone.Sin3));
            mix.Add(i, sample, sample, 0.05);
            tone.Advance();
        }
    }

    public static void SubBass(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var release = (int)(SubBassRelease * sr);
        var span = NoteSpan.Of(note, note.SustainSamples + release, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var attack = Math.Clamp(0.4 * note.SustainSamples / sr, 0.01, 1.5) * sr;
        var tone = new Phasor(note.Frequency, sr, span.From - note.Start);
        var gain = 0.22 * 0.7071 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var envelope = Envelopes.SmoothRamp(n / attack) * (n < note.SustainSamples ? 1 : 1 - Envelopes.SmoothRamp((double)(n - note.SustainSamples) / release));
            var sample = gain * envelope * (tone.Sin + (0.15 * tone.Sin2));
            mix.Add(i, sample, sample, 0.1);
            tone.Advance();
        }
    }
}
