namespace JanitorVideo.Core.Backend;

/// <summary>
/// Tells what a delivered MP4 is and makes its contact sheet, whoever rendered it. The server hands
/// these facts to the agent; a backend that cannot look at video on this machine returns null and
/// the MP4 is delivered all the same.
/// </summary>
public interface IClipInspector
{
    /// <summary>The clip's facts and a contact sheet written beside it; null when they cannot be had.</summary>
    /// <param name="mp4Path">The delivered file.</param>
    /// <param name="backendPreview">The backend's own contact sheet when it made one on this machine: copied rather than made again.</param>
    /// <param name="cancellationToken">Stops the inspection.</param>
    Task<ClipFacts?> InspectAsync(string mp4Path, Uri? backendPreview, CancellationToken cancellationToken = default);
}

/// <summary>What a delivered MP4 is: its frame size, length and frame count, and where its contact sheet is.</summary>
public sealed record ClipFacts(double DurationSeconds, int Width, int Height, int FrameCount, string PreviewPath)
{
    /// <summary>", 1080x1920, 5 s", for the sentence that delivers the file.</summary>
    public string Summary => string.Create(System.Globalization.CultureInfo.InvariantCulture, $", {Width}x{Height}, {DurationSeconds:0.#} s");
}
