using System.Text;

namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// Writes a small file whole or not at all: the text goes to a temporary file in the same folder,
/// created readable by its owner only (0600) so the secret is never exposed even for a moment,
/// flushed to disk, then moved into place. A reader sees the old file or the new one, never half.
/// </summary>
internal static class AtomicFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, replacing what was there in one step.</summary>
    public static void Replace(string path, string text)
    {
        var temporary = WriteTemporary(path, text);
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The text of <paramref name="path"/>, or null when there is no such file (or folder).</summary>
    public static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static string WriteTemporary(string path, string text)
    {
        var folder = Path.GetDirectoryName(path) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var stream = new FileStream(temporary, options);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return temporary;
    }
}
