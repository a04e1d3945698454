namespace JanitorVideo.Render.Audio;

/// <summary>
/// One note of a score: when it starts and how long it is held (in beats from the loop start),
/// what plays it, its pitch (MIDI number; ignored by drums), how hard (0-1) and where (-1 left
/// to 1 right).
/// </summary>
internal readonly record struct NoteEvent(double Beat, double Beats, Instrument Instrument, double Midi, double Velocity, double Pan = 0)
{
    /// <summary>The note's fundamental in hertz (A4 = MIDI 69 = 440 Hz).</summary>
    public double Frequency => 440 * Math.Pow(2, (Midi - 69) / 12);
}
