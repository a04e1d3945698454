namespace JanitorVideo.Render.Audio;

/// <summary>
/// String-like voices: band-limited saws, slightly detuned against each other and shaped by a
/// low-pass filter, held and swelling (pads) or short and bowed hard (ostinato).
/// </summary>
internal static class StringVoices
{
    public const double StringsRelease = 1.0;
    public const double LowStringsRelease = 0.08;

    public static void Strings(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var release = (int)(StringsRelease * sr);
        var span = NoteSpan.Of(note, note.SustainSamples + release, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var f = note.Frequency;
        var detune = Math.Pow(2, 9 / 1200.0);
        var swellSamples = Math.Max(0.01, 0.6 * note.SustainSamples / sr) * sr;
        var gain = 0.15 * note.Velocity;
        var (panLeft, panRight) = note.PanGains();
        var left = new LowPassFilter(400, sr);
        var right = new LowPassFilter(400, sr);
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var t = (double)n / sr;

            // The swell: bow pressure and brightness rise together over most of the note.
            var progress = Math.Min(1, n / swellSamples);
            var swell = 0.25 + (0.75 * progress * Math.Sqrt(progress));
            if ((i - span.From) % 32 == 0)
            {
                var cutoff = 400 + (3200 * swell * swell);
                left.SetCutoff(cutoff, sr);
                right.SetCutoff(cutoff, sr);
            }

            var envelope = swell * Envelopes.Attack(n, sr, 0.08) * (n < note.SustainSamples ? 1 : 1 - Envelopes.SmoothRamp((double)(n - note.SustainSamples) / release));
            var lowSaw = Waveforms.Saw(f / detune * t, f / detune / sr);
            var midSaw = 0.7 * Waveforms.Saw((f * t) + 0.37, f / sr);
            var highSaw = Waveforms.Saw((f * detune * t) + 0.71, f * detune / sr);
            var amplitude = gain * envelope;
            mix.Add(i, amplitude * panLeft * left.Process(lowSaw + midSaw), amplitude * panRight * right.Process(highSaw + midSaw), 0.5);
        }
    }

    public static void LowStrings(MixBuffer mix, in ScheduledNote note)
    {
        var sr = mix.SampleRate;
        var release = (int)(LowStringsRelease * sr);
        var span = NoteSpan.Of(note, note.SustainSamples + release, mix.Length);
        if (span.IsEmpty)
        {
            return;
        }

        var f = note.Frequency;
        var skipped = span.From - note.Start;
        var detune = Math.Pow(2, 6 / 1200.0);
        var gain = 0.16 * note.Velocity;
        var (panLeft, panRight) = note.PanGains();
        var filter = new LowPassFilter(300, sr, 0.9);
        var body = new ExpDecay(0.35, sr, skipped);
        var brightness = new ExpDecay(0.09, sr, skipped);
        for (var i = span.From; i < span.To; i++)
        {
            var n = i - note.Start;
            var t = (double)n / sr;
            var bright = brightness.Next();
            if ((i - span.From) % 32 == 0)
            {
                filter.SetCutoff(250 + (1500 * bright * note.Velocity), sr);
            }

            var saw = Waveforms.Saw(f / detune * t, f / detune / sr) + Waveforms.Saw((f * detune * t) + 0.5, f * detune / sr);
            var sample = gain * Envelopes.Attack(n, sr, 0.005) * body.Next() * Envelopes.ReleaseGain(n, note.SustainSamples, release) * filter.Process(saw);
            mix.Add(i, sample * panLeft, sample * panRight, 0.3);
        }
    }
}
