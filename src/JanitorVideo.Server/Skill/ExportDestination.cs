using JanitorVideo.Core.Errors;
using JanitorVideo.Server.Configuration;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// Where an export is written. Checked before any render starts, so a bad path costs nothing:
/// it must be absolute (or start with <c>~/</c>), end in <c>.mp4</c>, and sit in an existing
/// folder; without one, the file goes to the data folder's <c>exports</c>.
/// </summary>
public static class ExportDestination
{
    /// <summary>The default place: <c>&lt;session&gt;-&lt;UTC time&gt;.mp4</c> in <paramref name="folder"/> (the workspace's, from the client's roots) or the data folder's <c>exports</c>.</summary>
    public static string Default(DataFolder data, string sessionId, DateTimeOffset now, string? folder = null)
    {
        var into = folder ?? data.Exports;
        Directory.CreateDirectory(into);
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        return Path.Combine(into, $"{Slug(sessionId)}-{stamp}.mp4");
    }

    /// <summary>The checked absolute path for an <c>output_path</c> argument; null when none was given.</summary>
    /// <param name="area">Where the client may write (checked before anything is looked at there); anywhere when null.</param>
    public static string? FromArgument(string? outputPath, DataFolder data, AllowedArea? area = null)
    {
        if (string.IsNullOrWhiteSpace(outputPath))
        {
            return null;
        }
        var requested = outputPath.Trim();
        if (requested.Contains('\0', StringComparison.Ordinal))
        {
            throw Invalid("output_path cannot contain a NUL character.");
        }
        var expanded = DataFolder.ExpandHome(requested);
        if (!Path.IsPathFullyQualified(expanded))
        {
            throw Invalid($"output_path '{requested}' is relative; give an absolute path such as /home/me/clip.mp4, or leave it out to save under {data.Exports}.");
        }
        var full = Path.GetFullPath(expanded);
        (area ?? AllowedArea.Anywhere).Require(full);
        if (!string.Equals(Path.GetExtension(full), ".mp4", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"output_path must end in .mp4 (the export is an H.264 MP4); got '{Path.GetFileName(full)}'.");
        }
        if (Directory.Exists(full))
        {
            throw Invalid($"output_path '{full}' is a folder; add a file name ending in .mp4.");
        }
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw Invalid($"The folder '{folder}' does not exist. Create it first or choose another output_path.");
        }
        return full;
    }

    private static string Slug(string sessionId)
    {
        var safe = new string(sessionId.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return safe.Length == 0 ? "clip" : safe[..Math.Min(safe.Length, 24)];
    }

    private static VideoBackendException Invalid(string message) => new(ErrorKind.InvalidInput, message);
}
