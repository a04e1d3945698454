namespace JanitorVideo.Render.Audio;

/// <summary>
/// The keyboard-like instruments: electric piano, pad, pluck and bell. Like every voice, each
/// starts its oscillators and envelopes at the first sample inside the buffer, so a note that
/// began before the buffer is picked up mid-way, as it would sound.
/// </summary>
internal static class TonalVoices
{
    public const double ElectricPianoRelease = 0.35;
    public const double PadRelease = 3.0;
    public const double PluckRelease = 0.12;
    public const double BellRing = 4.0;

    public static void ElectricPiano(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var release = (int)(ElectricPianoRelease * sr);
        var span = NoteSpan.Of(note, note.SustainSamples + release, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var f = note.Frequency;
        var skipped = span.From - note.Start;
        var (panLeft, panRight) = note.PanGains();
        var tone = new Phasor(f, sr, skipped);
        var chorus = new Phasor(f * 1.0021, sr, skipped, 0.3);
        var tremolo = new Phasor(4.1, sr, skipped);
        var body = new ExpDecay(Math.Clamp(2.2 * Math.Sqrt(262 / f), 0.8, 3.0), sr, skipped);
        var bark = new ExpDecay(0.22, sr, skipped);
        var gain = 0.28 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var b = bark.Next();
            var sample = gain * Envelopes.Attack(n, sr, 0.004) * body.Next() * Envelopes.ReleaseGain(n, note.SustainSamples, release)
                * ((0.72 * tone.Sin) + (0.28 * chorus.Sin) + (0.2 * b * tone.Sin2) + (0.05 * b * b * tone.Sin3));

            // The classic electric-piano auto-pan: the two sides swap a little at about 4 Hz.
            var swap = 0.12 * tremolo.Sin;
            mix.Add(i, sample * panLeft * (1 + swap), sample * panRight * (1 - swap), 0.35);
            tone.Advance();
            chorus.Advance();
            tremolo.Advance();
        }
    }

    public static void Pad(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var release = (int)(PadRelease * sr);
        var span = NoteSpan.Of(note, note.SustainSamples + release, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var f = note.Frequency;
        var skipped = span.From - note.Start;
        var detune = Math.Pow(2, 8 / 1200.0);
        var attack = Math.Clamp(0.45 * note.SustainSamples / sr, 0.01, 2.5) * sr;
        var (panLeft, panRight) = note.PanGains();
        var low = new Phasor(f / detune, sr, skipped);
        var centre = new Phasor(f, sr, skipped, 0.25);
        var high = new Phasor(f * detune, sr, skipped, 0.5);
        var swell = new Phasor(0.11, sr, skipped, (note.Seed % 1000) / 1000.0);
        var gain = 0.1 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var envelope = Envelopes.SmoothRamp(n / attack) * (n < note.SustainSamples ? 1 : 1 - Envelopes.SmoothRamp((double)(n - note.SustainSamples) / release));
            var amplitude = gain * envelope * (1 + (0.15 * swell.Sin));
            var middle = 0.6 * centre.Soft;
            mix.Add(i, amplitude * panLeft * (low.Soft + middle), amplitude * panRight * (high.Soft + middle), 0.65);
            low.Advance();
            centre.Advance();
            high.Advance();
            swell.Advance();
        }
    }

    public static void Pluck(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var release = (int)(PluckRelease * sr);
        var span = NoteSpan.Of(note, note.SustainSamples + release, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var f = note.Frequency;
        var skipped = span.From - note.Start;
        var (panLeft, panRight) = note.PanGains();
        var tone = new Phasor(f, sr, skipped);
        var body = new ExpDecay(Math.Clamp(0.32 * Math.Pow(523 / f, 0.3), 0.15, 0.6), sr, skipped);
        var second = new ExpDecay(0.09, sr, skipped);
        var third = new ExpDecay(0.05, sr, skipped);
        var gain = 0.22 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var sample = gain * Envelopes.Attack(n, sr, 0.002) * body.Next() * Envelopes.ReleaseGain(n, note.SustainSamples, release)
                * (tone.Sin + (0.45 * second.Next() * tone.Sin2) + (0.2 * third.Next() * tone.Sin3));
            mix.Add(i, sample * panLeft, sample * panRight, 0.3);
            tone.Advance();
        }
    }

    public static void Bell(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var ring = (int)(BellRing * sr);
        var span = NoteSpan.Of(note, ring, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var f = note.Frequency;
        var skipped = span.From - note.Start;
        var (panLeft, panRight) = note.PanGains();
        var tone = new Phasor(f, sr, skipped);
        var partial = new Phasor(4.07 * f, sr, skipped);
        var fundamental = new ExpDecay(1.8, sr, skipped);
        var octave = new ExpDecay(0.9, sr, skipped);
        var shimmer = new ExpDecay(0.35, sr, skipped);
        var gain = 0.12 * note.Velocity;
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;

            // The last second fades to zero so the ring ends without a click.
            var tail = Math.Min(1, (ring - n) / (double)sr);
            var sample = gain * Envelopes.Attack(n, sr, 0.003) * tail
                * ((fundamental.Next() * tone.Sin) + (0.35 * octave.Next() * tone.Sin2) + (0.15 * shimmer.Next() * partial.Sin));
            mix.Add(i, sample * panLeft, sample * panRight, 0.8);
            tone.Advance();
            partial.Advance();
        }
    }
}
