using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Core.Text;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// Opens a file on this machine for ingest: it must be an existing regular file. Folders,
/// devices, pipes and unusable paths are refused with words saying what to give instead.
/// </summary>
internal static class LocalMediaFile
{
    /// <summary>The file opened for reading (shared read), with its length.</summary>
    public static (FileStream Stream, long Length) Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw Invalid("Give the path of a file to upload, e.g. /home/me/hero.png.");
        }
        if (path.Any(char.IsControl))
        {
            throw Invalid("A file path cannot contain control characters (such as NUL or a line break). Check the path.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Invalid($"'{UserText.Shorten(path)}' is not a usable file path.");
        }
        var shown = UserText.Shorten(full);
        if (Directory.Exists(full))
        {
            throw Invalid($"'{shown}' is a folder. Give the path of a file inside it.");
        }
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            throw new VideoBackendException(ErrorKind.NotFound, $"There is no file at '{shown}'. Check the path and give it in full.");
        }
        if (info.Length == 0)
        {
            // Devices, pipes and /proc files report no length: refusing them here means a FIFO is never opened.
            throw Invalid($"'{shown}' cannot be used: the file is empty (0 bytes), or not a regular file. Give a file of {MediaFormats.AcceptedList}.");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            throw Invalid($"'{shown}' cannot be read (permission denied).");
        }
        catch (IOException e)
        {
            throw Invalid($"'{shown}' cannot be read: {e.Message}");
        }
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw Invalid($"'{shown}' is not a regular file. Give the path of a picture, video or sound file.");
        }
        return (stream, info.Length);
    }

    private static VideoBackendException Invalid(string message) => new(ErrorKind.InvalidInput, message);
}
