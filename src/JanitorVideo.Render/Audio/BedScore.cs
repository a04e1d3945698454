namespace JanitorVideo.Render.Audio;

/// <summary>
/// A bed as music: a loop of whole bars that repeats forever, its tempo, and its room.
/// </summary>
/// <param name="Bpm">Beats per minute.</param>
/// <param name="LoopBeats">How many beats the loop lasts.</param>
/// <param name="Notes">The notes of one pass of the loop.</param>
/// <param name="RoomSize">Reverb comb feedback (0.7 room to 0.9 hall).</param>
/// <param name="ReverbLevel">How much reverb joins the dry sound.</param>
/// <param name="VinylNoise">Level of the record-surface hiss and crackle, 0 for none.</param>
internal sealed record BedScore(double Bpm, int LoopBeats, IReadOnlyList<NoteEvent> Notes, double RoomSize, double ReverbLevel, double VinylNoise = 0)
{
    public double SecondsPerBeat => 60 / Bpm;

    public double LoopSeconds => LoopBeats * SecondsPerBeat;
}
