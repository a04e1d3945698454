using System.Globalization;
using JanitorVideo.Render;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Preview;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Server.Skill;

/// <summary>What a delivered MP4 is (size, length) and its contact sheet, when FFmpeg is here to tell.</summary>
internal sealed record DeliveredClip(double DurationSeconds, int Width, int Height, string PreviewPath)
{
    /// <summary>", 1080x1920, 5 s", for the sentence that delivers the file.</summary>
    public string Facts => string.Create(CultureInfo.InvariantCulture, $", {Width}x{Height}, {DurationSeconds:0.#} s");

    /// <summary>The facts and the preview; null when they cannot be had (no FFmpeg with a cloud backend): the MP4 is delivered anyway.</summary>
    public static async Task<DeliveredClip?> DescribeAsync(string mp4Path, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var tools = FfmpegTools.Locate();
            var probe = await Ffprobe.ProbeAsync(mp4Path, tools, cancellationToken);
            var (_, sheet) = await VideoPreviews.WriteAsync(mp4Path, probe.DurationSeconds, tools, cancellationToken);
            return new DeliveredClip(probe.DurationSeconds, probe.Width, probe.Height, sheet);
        }
        catch (Exception e) when (e is RenderInputException or IOException)
        {
            logger.LogWarning("No preview for {Path}: {Reason}", mp4Path, e.Message);
            return null;
        }
    }
}
