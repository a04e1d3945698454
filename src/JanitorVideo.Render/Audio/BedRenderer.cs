namespace JanitorVideo.Render.Audio;

/// <summary>
/// Plays a score into samples. The score is a loop repeated forever; the renderer plays a window
/// of that endless music, so notes ringing over from the previous pass are heard at its start.
/// A short pre-roll, cut off afterwards, lets the reverb fill the room before the first sample.
/// </summary>
internal static class BedRenderer
{
    private const double PreRollSeconds = 1.5;

    /// <summary>
    /// Notes are split between this many buffers rendered in parallel. Fixed rather than the core
    /// count, so the floating-point sums, and so the bytes, are the same on every machine.
    /// </summary>
    private const int Partitions = 2;

    /// <summary>
    /// The first <paramref name="seconds"/> of the bed. Only one pass of the loop is synthesized;
    /// a longer bed repeats it, which is seamless because each pass begins with the previous
    /// pass's ringing notes and reverb.
    /// </summary>
    public static StereoSamples Render(BedScore score, double seconds, int sampleRate, ulong seed)
    {
        var length = (int)Math.Round(seconds * sampleRate);
        var loopSamples = (int)Math.Round(score.LoopSeconds * sampleRate);
        if (length <= loopSamples)
        {
            return RenderWindow(score, 0, length, sampleRate, seed);
        }

        var loop = RenderWindow(score, 0, loopSamples, sampleRate, seed);
        var left = new float[length];
        var right = new float[length];
        for (var start = 0; start < length; start += loopSamples)
        {
            var count = Math.Min(loopSamples, length - start);
            Array.Copy(loop.Left, 0, left, start, count);
            Array.Copy(loop.Right, 0, right, start, count);
        }

        return new StereoSamples(left, right);
    }

    /// <summary><paramref name="length"/> samples of the endless music, from <paramref name="startSeconds"/> on.</summary>
    internal static StereoSamples RenderWindow(BedScore score, double startSeconds, int length, int sampleRate, ulong seed)
    {
        var preRoll = (int)(PreRollSeconds * sampleRate);
        var firstSample = (long)Math.Round(startSeconds * sampleRate) - preRoll;
        var windowStart = (double)firstSample / sampleRate;
        var windowEnd = windowStart + ((double)(preRoll + length) / sampleRate);
        var mixes = new MixBuffer[Partitions];
        Parallel.For(0, Partitions, partition =>
        {
            var mix = new MixBuffer(preRoll + length, sampleRate);
            for (var index = partition; index < score.Notes.Count; index += Partitions)
            {
                PlayNote(score, index, mix, windowStart, windowEnd, SeededRandom.Mix(seed, (ulong)index));
            }

            mixes[partition] = mix;
        });

        var sum = mixes[0];
        for (var partition = 1; partition < Partitions; partition++)
        {
            Accumulate(sum.Left, mixes[partition].Left);
            Accumulate(sum.Right, mixes[partition].Right);
            Accumulate(sum.Send, mixes[partition].Send);
        }

        if (score.VinylNoise > 0)
        {
            AddVinyl(sum, score.VinylNoise, (long)Math.Round(score.LoopSeconds * sampleRate), firstSample, seed);
        }

        new Reverb(sampleRate, score.RoomSize).Process(sum.Send, sum.Left, sum.Right, score.ReverbLevel);
        return new StereoSamples(sum.Left[preRoll..], sum.Right[preRoll..]);
    }

    /// <summary>Plays every pass of one note of the loop that sounds inside the window.</summary>
    private static void PlayNote(BedScore score, int index, MixBuffer mix, double windowStart, double windowEnd, ulong noteSeed)
    {
        var note = score.Notes[index];
        var loop = score.LoopSeconds;
        var onset = note.Beat * score.SecondsPerBeat;
        var held = note.Beats * score.SecondsPerBeat;
        var sounding = Voices.SoundingSeconds(note.Instrument, held);
        var firstPass = (long)Math.Floor((windowStart - onset - sounding) / loop);
        var lastPass = (long)Math.Ceiling((windowEnd - onset) / loop);
        for (var pass = firstPass; pass <= lastPass; pass++)
        {
            var start = onset + (pass * loop);
            if (start >= windowEnd || start + sounding <= windowStart)
            {
                continue;
            }

            var scheduled = new ScheduledNote(
                (long)Math.Round((start - windowStart) * mix.SampleRate),
                (int)Math.Round(held * mix.SampleRate),
                note.Frequency,
                note.Velocity,
                note.Pan,
                noteSeed);
            Voices.Render(note.Instrument, mix, scheduled);
        }
    }

    private static void Accumulate(float[] into, float[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    /// <summary>
    /// Record-surface hiss and sparse crackles, hashed from the position within the loop so the
    /// surface noise repeats with the music.
    /// </summary>
    private static void AddVinyl(MixBuffer mix, double level, long loopSamples, long firstSample, ulong seed)
    {
        var hissSeed = SeededRandom.Mix(seed, 0xA11CE);
        var crackleSeed = SeededRandom.Mix(seed, 0xC2AC);
        var hissLeft = new OnePoleLowPass(3000, mix.SampleRate);
        var hissRight = new OnePoleLowPass(3000, mix.SampleRate);
        var crackleFilter = new OnePoleLowPass(5000, mix.SampleRate);
        var crackleChance = 6.0 / mix.SampleRate;
        var crackle = 0.0;
        for (var i = 0; i < mix.Length; i++)
        {
            var position = (((firstSample + i) % loopSamples) + loopSamples) % loopSamples;
            var dice = (SeededRandom.Noise(crackleSeed, position) + 1) / 2;
            if (dice < crackleChance)
            {
                crackle += (dice / crackleChance) - 0.5;
            }

            crackle *= 0.6;
            var pop = crackleFilter.Process(crackle) * 0.35;
            var left = hissLeft.Process(SeededRandom.Noise(hissSeed, position * 2)) * 0.05;
            var right = hissRight.Process(SeededRandom.Noise(hissSeed, (position * 2) + 1)) * 0.05;
            mix.Left[i] += (float)(level * (left + pop));
            mix.Right[i] += (float)(level * (right + pop));
        }
    }
}
