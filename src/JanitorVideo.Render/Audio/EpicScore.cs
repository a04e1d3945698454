namespace JanitorVideo.Render.Audio;

/// <summary>
/// Epic: a minor progression at 90 bpm, two bars per chord, on swelling string pads over a sub
/// bass and a driving low-string ostinato, with taiko-like drums that roll into the loop's start
/// and a snare backbeat in the second half.
/// </summary>
internal static class EpicScore
{
    public const double Bpm = 90;

    private static readonly ChordVoicing[][] Progressions =
    [
        // i – VI – III – VII in D minor.
        [new(38, [50, 57, 62, 65]), new(34, [50, 53, 58, 62]), new(41, [48, 53, 57, 60]), new(36, [48, 52, 55, 60])],

        // i – VI – iv – V in D minor.
        [new(38, [50, 57, 62, 65]), new(34, [50, 53, 58, 62]), new(43, [50, 55, 58, 62]), new(45, [49, 52, 57, 61])],
    ];

    public static BedScore Compose(SeededRandom random)
    {
        var score = new ScoreBuilder(random, velocityJitter: 0.06);
        var progression = random.Pick(Progressions);
        for (var chordIndex = 0; chordIndex < 4; chordIndex++)
        {
            var chord = progression[chordIndex];
            var at = chordIndex * 8.0;
            var building = chordIndex >= 2;
            score.Chord(at, 8, Instrument.Strings, chord.Notes, building ? 0.9 : 0.75, spread: 0.7);
            if (building)
            {
                score.Note(at, 8, Instrument.Strings, chord.Notes[^1] + 12, 0.5);
            }

            score.Note(at, 8, Instrument.SubBass, chord.Bass, 0.5);
            for (var eighth = 0; eighth < 16; eighth++)
            {
                var accent = eighth % 4 == 0 ? 0.9 : eighth % 2 == 0 ? 0.62 : 0.5;
                score.Note(at + (eighth * 0.5), 0.35, Instrument.LowStrings, chord.Bass + 12, accent, eighth % 2 == 0 ? -0.2 : 0.2);
            }
        }

        for (var bar = 0; bar < 8; bar++)
        {
            AddDrums(score, bar * 4.0, bar);
        }

        return new BedScore(Bpm, 32, score.Notes, RoomSize: 0.86, ReverbLevel: 0.55);
    }

    private static void AddDrums(ScoreBuilder score, double at, int bar)
    {
        var pan = score.Random.NextDouble(-0.15, 0.15);
        score.Hit(at, Instrument.Taiko, 1.0, pan);
        score.Hit(at + 1.5, Instrument.Taiko, 0.55, -pan);
        score.Hit(at + 2, Instrument.Taiko, 0.75, pan);
        if (bar == 7)
        {
            // A crescendo roll of sixteenths that lands on the loop's first beat.
            for (var sixteenth = 0; sixteenth < 8; sixteenth++)
            {
                score.Hit(at + 2 + (sixteenth * 0.25), Instrument.Taiko, 0.4 + (0.07 * sixteenth), sixteenth % 2 == 0 ? -0.2 : 0.2);
            }
        }
        else
        {
            score.Hit(at + 3, Instrument.Taiko, 0.7, -pan);
            score.Hit(at + 3.5, Instrument.Taiko, 0.45, pan);
        }

        if (bar >= 4)
        {
            score.Hit(at + 1, Instrument.Snare, 0.5);
            score.Hit(at + 3, Instrument.Snare, 0.55);
        }
    }
}
