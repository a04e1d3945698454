namespace JanitorVideo.Render.Audio;

/// <summary>
/// Ambient: four slow pad chords of eight seconds each, crossfading into one another over a soft
/// drone, with a few bell notes from the chord drifting in a large room. No drums.
/// </summary>
internal static class AmbientScore
{
    public const double Bpm = 60;

    private static readonly ChordVoicing[][] Progressions =
    [
        // Cmaj9 – Am9 – Fmaj7#11 – G6/9.
        [new(36, [55, 59, 62, 64]), new(33, [52, 55, 59, 60]), new(41, [53, 57, 64, 71]), new(43, [55, 62, 64, 69])],

        // Am9 – Fmaj9 – Cmaj9 – Gsus.
        [new(33, [52, 55, 59, 60]), new(41, [57, 60, 64, 67]), new(36, [55, 59, 62, 64]), new(43, [55, 60, 62, 67])],
    ];

    public static BedScore Compose(SeededRandom random)
    {
        var score = new ScoreBuilder(random, velocityJitter: 0.08);
        var progression = random.Pick(Progressions);
        for (var chordIndex = 0; chordIndex < 4; chordIndex++)
        {
            var chord = progression[chordIndex];
            var at = chordIndex * 8.0;
            score.Chord(at, 8, Instrument.Pad, chord.Notes, 0.7, spread: 0.6);
            score.Note(at, 8, Instrument.SubBass, chord.Bass + 12, 0.55);

            // Two or three bells per chord, on half beats, from the chord an octave or two up.
            var bells = 2 + random.Next(2);
            for (var b = 0; b < bells; b++)
            {
                var beat = at + 1 + (0.5 * random.Next(12));
                var pitch = random.Pick(chord.Notes) + random.Pick([12, 24]);
                score.Note(beat, 1, Instrument.Bell, Math.Min(pitch, 91), random.NextDouble(0.35, 0.6), random.NextDouble(-0.7, 0.7));
            }
        }

        return new BedScore(Bpm, 32, score.Notes, RoomSize: 0.88, ReverbLevel: 0.9);
    }
}
