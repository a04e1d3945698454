using System.Globalization;
using JanitorVideo.Render;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Preview;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Server.Skill;

/// <summary>What a delivered MP4 is (size, length, frames) and its contact sheet, when FFmpeg is here to tell.</summary>
public sealed record DeliveredClip(double DurationSeconds, int Width, int Height, int FrameCount, string PreviewPath)
{
    /// <summary>", 1080x1920, 5 s", for the sentence that delivers the file.</summary>
    public string Facts => string.Create(CultureInfo.InvariantCulture, $", {Width}x{Height}, {DurationSeconds:0.#} s");

    /// <summary>The facts and the preview; null when they cannot be had (no FFmpeg with a cloud backend): the MP4 is delivered anyway.</summary>
    /// <param name="backendPreview">The backend's own contact sheet, when it made one on this machine: copied instead of made again.</param>
    public static async Task<DeliveredClip?> DescribeAsync(string mp4Path, Uri? backendPreview, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var tools = FfmpegTools.Locate();
            var probe = await Ffprobe.ProbeAsync(mp4Path, tools, cancellationToken);
            var sheet = Path.ChangeExtension(mp4Path, ".preview.png");
            if (backendPreview is { IsFile: true } && File.Exists(backendPreview.LocalPath))
            {
                File.Copy(backendPreview.LocalPath, sheet, overwrite: true);
            }
            else
            {
                (_, sheet) = await VideoPreviews.WriteAsync(mp4Path, probe.DurationSeconds, tools, cancellationToken);
            }

            return new DeliveredClip(probe.DurationSeconds, probe.Width, probe.Height, probe.FrameCount, sheet);
        }
        catch (Exception e) when (e is RenderInputException or IOException)
        {
            logger.LogWarning("No preview for {Path}: {Reason}", mp4Path, e.Message);
            return null;
        }
    }
}
