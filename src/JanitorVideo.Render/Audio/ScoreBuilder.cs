namespace JanitorVideo.Render.Audio;

/// <summary>Collects notes while a bed is composed; humanises timing and velocity slightly.</summary>
internal sealed class ScoreBuilder(SeededRandom random, double timingJitterBeats = 0, double velocityJitter = 0)
{
    private readonly List<NoteEvent> _notes = [];

    public SeededRandom Random { get; } = random;

    public IReadOnlyList<NoteEvent> Notes => _notes;

    public void Note(double beat, double beats, Instrument instrument, double midi, double velocity, double pan = 0)
    {
        var jitter = timingJitterBeats > 0 && beat > 0 ? Random.NextDouble(-timingJitterBeats, timingJitterBeats) : 0;
        var loudness = velocityJitter > 0 ? velocity * (1 + Random.NextDouble(-velocityJitter, velocityJitter)) : velocity;
        _notes.Add(new NoteEvent(beat + jitter, beats, instrument, midi, Math.Clamp(loudness, 0, 1), pan));
    }

    /// <summary>Plays the chord's notes from the lowest up, <paramref name="strumBeats"/> apart, spread across the stereo field.</summary>
    public void Chord(double beat, double beats, Instrument instrument, IReadOnlyList<int> midis, double velocity, double strumBeats = 0, double spread = 0.5)
    {
        for (var i = 0; i < midis.Count; i++)
        {
            var pan = midis.Count == 1 ? 0 : spread * ((2.0 * i / (midis.Count - 1)) - 1);
            Note(beat + (i * strumBeats), beats - (i * strumBeats), instrument, midis[i], velocity, pan);
        }
    }

    /// <summary>A drum hit (drums have no pitch or length of their own).</summary>
    public void Hit(double beat, Instrument drum, double velocity, double pan = 0) => Note(beat, 0.25, drum, 60, velocity, pan);
}
