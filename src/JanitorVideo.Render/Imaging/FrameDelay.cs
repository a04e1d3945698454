namespace JanitorVideo.Render.Imaging;

/// <summary>How long an animation frame shows, read the way browsers read it.</summary>
internal static class FrameDelay
{
    /// <summary>What browsers show instead of a zero or near-zero delay.</summary>
    public static readonly TimeSpan Fallback = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The delay for a stored duration in milliseconds. Browsers treat 0 and 10 ms (GIF's 0 and 1
    /// hundredths) as 100 ms, because old encoders wrote them meaning "as fast as you like".
    /// </summary>
    public static TimeSpan FromStored(int milliseconds) =>
        milliseconds <= 10 ? Fallback : TimeSpan.FromMilliseconds(milliseconds);
}
