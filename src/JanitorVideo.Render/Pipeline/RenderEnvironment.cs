using System.Security.Cryptography;
using System.Text;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Text;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// What besides our own code decides a render's pixels on this machine: the FFmpeg build (its
/// <c>-version</c> text names the encoder libraries) and the font files titles are drawn with. Two
/// renders of the same draft are the same clip only when this is the same too.
/// </summary>
public static class RenderEnvironment
{
    /// <summary>A short hex digest of the FFmpeg build and the title fonts found; "unknown" parts when they cannot be read.</summary>
    public static string Signature(FfmpegTools tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var text = new StringBuilder().Append("ffmpeg:").AppendLine(FfmpegVersion(tools.Ffmpeg));
        foreach (var font in SystemFonts.Wanted.SelectMany(family => family.RegularFiles.Concat(family.BoldFiles)))
        {
            foreach (var folder in SystemFonts.Folders)
            {
                var path = Path.Combine(folder, font);
                if (File.Exists(path))
                {
                    var info = new FileInfo(path);
                    text.Append("font:").Append(path).Append(':').Append(info.Length).Append(':').Append(info.LastWriteTimeUtc.Ticks).AppendLine();
                }
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static string FfmpegVersion(string ffmpeg)
    {
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var process = ToolProcess.Start(ffmpeg, ["-hide_banner", "-version"], withInput: false, captureOutput: true);
            var code = process.RunToExitAsync(limit.Token).GetAwaiter().GetResult();
            return code == 0 ? process.OutputAsync().GetAwaiter().GetResult() : $"unknown (exit {code})";
        }
        catch (Exception e) when (e is RenderInputException or OperationCanceledException or IOException)
        {
            return "unknown";
        }
    }
}
