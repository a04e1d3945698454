namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// Where a video is written while it is made: beside its destination, under a name of its own, so
/// it can be verified and then renamed into place (never a half-written file under the real name).
/// </summary>
public static class ScratchFiles
{
    /// <summary>The ending of a video still being made; whatever ends so after a crash is garbage.</summary>
    public const string TempVideoSuffix = ".tmp.mp4";

    /// <summary>The ending of a clip's encoded music, kept only while the clip is encoded.</summary>
    public const string TempMusicSuffix = ".music.tmp.m4a";

    /// <summary>The ending of a built-in bed's WAV, kept only while its music is encoded.</summary>
    public const string TempBedSuffix = ".bed.tmp.wav";

    /// <summary>Whether <paramref name="path"/> names one of these scratch files (garbage when no encode is running).</summary>
    public static bool IsScratch(string path) =>
        path.EndsWith(TempVideoSuffix, StringComparison.Ordinal) || path.EndsWith(TempMusicSuffix, StringComparison.Ordinal)
        || path.EndsWith(TempBedSuffix, StringComparison.Ordinal);

    /// <summary>Deletes a scratch file if it can; one that something still holds is left (it is named as scratch).</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The destination's full path and a unique scratch prefix beside it; creates the folder.</summary>
    /// <exception cref="ArgumentException">The path has no folder.</exception>
    public static (string FullOutput, string Scratch) Beside(string outputPath)
    {
        var fullOutput = Path.GetFullPath(outputPath);
        var folder = Path.GetDirectoryName(fullOutput) ?? throw new ArgumentException("The output path has no folder.", nameof(outputPath));
        Directory.CreateDirectory(folder);
        return (fullOutput, Path.Combine(folder, $"{Path.GetFileName(fullOutput)}.{Guid.NewGuid().ToString("N")[..12]}"));
    }
}
