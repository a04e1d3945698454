using JanitorVideo.Core.Media;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// An upload received into a temporary file: its sniffed format, its size and hash, and the
/// sanitised name it came under. Disposing deletes the temporary file unless it was moved away.
/// </summary>
internal sealed class StagedMedia(string tempPath, string fileName, MediaFormat format, string hash, long bytes) : IDisposable
{
    public string TempPath { get; } = tempPath;

    /// <summary>The sanitised name (see <see cref="MediaFileName"/>).</summary>
    public string FileName { get; } = fileName;

    public MediaFormat Format { get; } = format;

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string Hash { get; } = hash;

    public long Bytes { get; } = bytes;

    public void Dispose()
    {
        try
        {
            File.Delete(TempPath);
        }
        catch (IOException)
        {
            // Still open somewhere; a leftover in the incoming folder is never referenced.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
