namespace JanitorVideo.Render.Audio;

/// <summary>
/// Lo-fi: four jazzy seventh and ninth chords on an electric piano at 75 bpm, a round bass, a soft
/// swung kick, snare and hats, and a little vinyl noise. Eight bars; the second four vary the
/// chord rhythm.
/// </summary>
internal static class LoFiScore
{
    public const double Bpm = 75;
    private const double Swing = 0.08;

    private static readonly ChordVoicing[][] Progressions =
    [
        // ii9 – V13 – Imaj9 – vi9 in C.
        [new(38, [53, 57, 60, 64]), new(43, [53, 59, 64, 69]), new(36, [52, 55, 59, 62]), new(45, [55, 59, 60, 64])],

        // Fmaj9 – Em9 – Dm9 – Cmaj9, stepping down.
        [new(41, [57, 60, 64, 67]), new(40, [55, 59, 62, 66]), new(38, [53, 57, 60, 64]), new(36, [52, 55, 59, 62])],

        // Am9 – Fmaj9 – Cmaj9 – E7#9, the last chord leaning back to the first.
        [new(45, [55, 59, 60, 64]), new(41, [57, 60, 64, 67]), new(36, [52, 55, 59, 62]), new(40, [56, 62, 67])],
    ];

    public static BedScore Compose(SeededRandom random)
    {
        var score = new ScoreBuilder(random, timingJitterBeats: 0.012, velocityJitter: 0.1);
        var progression = random.Pick(Progressions);
        for (var bar = 0; bar < 8; bar++)
        {
            var chord = progression[bar % 4];
            var at = bar * 4.0;
            if (bar < 4)
            {
                score.Chord(at, 2.4, Instrument.ElectricPiano, chord.Notes, 0.62, strumBeats: 0.03);
                score.Chord(at + 2.5 + Swing, 1.3, Instrument.ElectricPiano, chord.Notes, 0.4, strumBeats: 0.02);
            }
            else
            {
                score.Chord(at, 1.4, Instrument.ElectricPiano, chord.Notes, 0.6, strumBeats: 0.03);
                score.Chord(at + 1.5 + Swing, 1.2, Instrument.ElectricPiano, chord.Notes, 0.42, strumBeats: 0.02);
                score.Chord(at + 3, 0.9, Instrument.ElectricPiano, chord.Notes, 0.38, strumBeats: 0.02);
            }

            score.Note(at, 1.6, Instrument.Bass, chord.Bass, 0.8);
            score.Note(at + 2.5 + Swing, 1.1, Instrument.Bass, chord.Bass, 0.6);
            if (bar % 2 == 1)
            {
                score.Note(at + 3.5 + Swing, 0.4, Instrument.Bass, chord.Bass + random.Pick([7, 12]), 0.5);
            }

            AddDrums(score, at, lastBar: bar == 7);
        }

        return new BedScore(Bpm, 32, score.Notes, RoomSize: 0.8, ReverbLevel: 0.35, VinylNoise: 0.5);
    }

    private static void AddDrums(ScoreBuilder score, double at, bool lastBar)
    {
        score.Hit(at, Instrument.Kick, 0.75);
        score.Hit(at + 2.5 + Swing, Instrument.Kick, 0.55);
        if (lastBar)
        {
            score.Hit(at + 3.5 + Swing, Instrument.Kick, 0.45);
        }

        score.Hit(at + 1, Instrument.Snare, 0.5, 0.1);
        score.Hit(at + 3, Instrument.Snare, 0.55, 0.1);
        for (var eighth = 0; eighth < 8; eighth++)
        {
            var offbeat = eighth % 2 == 1;
            score.Hit(at + (eighth * 0.5) + (offbeat ? Swing : 0), Instrument.HiHat, offbeat ? 0.3 : 0.48, 0.3);
        }
    }
}
