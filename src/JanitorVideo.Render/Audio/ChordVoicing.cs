namespace JanitorVideo.Render.Audio;

/// <summary>A chord as played: its bass note and the notes above it (MIDI numbers).</summary>
internal sealed record ChordVoicing(int Bass, int[] Notes)
{
    /// <summary>True when <paramref name="midi"/> is one of the chord's pitch classes.</summary>
    public bool Contains(int midi) => midi % 12 == Bass % 12 || Notes.Any(note => note % 12 == midi % 12);
}
