namespace JanitorVideo.Render.Audio;

/// <summary>
/// Cute: a bouncy major pop progression at 120 bpm, plucked off-beat chords, a hopping bass, claps
/// and a shaker, and a plucky melody made for the seed: a four-bar phrase, then its answer, which
/// comes home to the tonic so the loop closes.
/// </summary>
internal static class CuteScore
{
    public const double Bpm = 120;

    private static readonly ChordVoicing[][] Progressions =
    [
        // I – V – vi – IV in C.
        [new(48, [60, 64, 67]), new(43, [59, 62, 67]), new(45, [60, 64, 69]), new(41, [60, 65, 69])],

        // I – vi – IV – V in C.
        [new(48, [60, 64, 67]), new(45, [60, 64, 69]), new(41, [60, 65, 69]), new(43, [59, 62, 67])],
    ];

    private static readonly double[][] Rhythms =
    [
        [0, 1, 1.5, 2, 3],
        [0, 0.5, 1, 2, 2.5, 3],
        [0, 1, 2, 2.5, 3, 3.5],
        [0, 1.5, 2, 3],
        [0, 0.5, 1, 1.5, 2, 3],
    ];

    /// <summary>C major pentatonic from C5 to C7: no note can clash with the chords.</summary>
    private static readonly int[] Scale = [72, 74, 76, 79, 81, 84, 86, 88, 91, 93, 96];

    public static BedScore Compose(SeededRandom random)
    {
        var score = new ScoreBuilder(random, velocityJitter: 0.08);
        var progression = random.Pick(Progressions);
        for (var bar = 0; bar < 8; bar++)
        {
            var chord = progression[bar % 4];
            var at = bar * 4.0;
            foreach (var offbeat in (double[])[0.5, 1.5, 2.5, 3.5])
            {
                score.Chord(at + offbeat, 0.35, Instrument.Pluck, chord.Notes, 0.38, spread: 0.4);
            }

            score.Note(at, 0.9, Instrument.Bass, chord.Bass, 0.85);
            score.Note(at + 1.5, 0.4, Instrument.Bass, chord.Bass + 12, 0.55);
            score.Note(at + 2, 0.9, Instrument.Bass, chord.Bass + 7, 0.75);
            score.Note(at + 3, 0.9, Instrument.Bass, chord.Bass, 0.75);

            score.Hit(at, Instrument.Kick, 0.6);
            score.Hit(at + 2, Instrument.Kick, 0.55);
            score.Hit(at + 1, Instrument.Clap, 0.55, 0.1);
            score.Hit(at + 3, Instrument.Clap, 0.6, 0.1);
            for (var eighth = 0; eighth < 8; eighth++)
            {
                score.Hit(at + (eighth * 0.5), Instrument.Shaker, eighth % 2 == 1 ? 0.55 : 0.3, 0.3);
            }
        }

        AddMelody(score, progression);
        return new BedScore(Bpm, 32, score.Notes, RoomSize: 0.78, ReverbLevel: 0.3);
    }

    private static void AddMelody(ScoreBuilder score, ChordVoicing[] progression)
    {
        var random = score.Random;
        var phrase = new List<(double Beat, int Step)>();
        var step = 2 + random.Next(3);
        for (var bar = 0; bar < 4; bar++)
        {
            var chord = progression[bar];
            var rhythm = bar == 3 ? random.Pick(Rhythms[..3]) : random.Pick(Rhythms);
            foreach (var beat in rhythm)
            {
                step = beat % 2 == 0 ? NearestChordTone(step, chord, random) : Math.Clamp(step + random.Pick([-2, -1, -1, 1, 1, 2]), 0, Scale.Length - 1);
                phrase.Add(((bar * 4) + beat, step));
            }
        }

        // The phrase, then the same three bars again and a cadence that lands on the tonic.
        var melody = new List<(double Beat, int Step)>(phrase);
        melody.AddRange(phrase.Where(note => note.Beat < 12).Select(note => (note.Beat + 16, note.Step)));
        var approach = NearestChordTone(step, progression[3], random);
        melody.Add((28, approach));
        melody.Add((29, Math.Clamp(approach + (approach > 5 ? -1 : 1), 0, Scale.Length - 1)));
        melody.Add((30, Scale[approach] >= 84 ? 5 : 0));

        for (var i = 0; i < melody.Count; i++)
        {
            var (beat, noteStep) = melody[i];
            var next = i + 1 < melody.Count ? melody[i + 1].Beat : 32;
            var held = Math.Clamp(next - beat - 0.1, 0.25, 1.5);
            score.Note(beat, held, Instrument.Pluck, Scale[noteStep], beat % 2 == 0 ? 0.8 : 0.65);
        }
    }

    /// <summary>The scale step nearest to <paramref name="step"/> whose note belongs to the chord (ties broken by the seed).</summary>
    private static int NearestChordTone(int step, ChordVoicing chord, SeededRandom random)
    {
        var candidates = Enumerable.Range(0, Scale.Length).Where(s => chord.Contains(Scale[s])).ToList();
        var nearest = candidates.Min(s => Math.Abs(s - step));
        return random.Pick(candidates.Where(s => Math.Abs(s - step) == nearest).ToList());
    }
}
