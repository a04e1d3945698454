namespace JanitorVideo.Render.Audio;

/// <summary>The part of a note that falls inside the buffer, in buffer samples [From, To).</summary>
internal readonly record struct NoteSpan(int From, int To)
{
    public bool IsEmpty => From >= To;

    public static NoteSpan Of(in ScheduledNote note, long totalSamples, int bufferLength) =>
        new((int)Math.Clamp(note.Start, 0, bufferLength), (int)Math.Clamp(note.Start + totalSamples, 0, bufferLength));
}
