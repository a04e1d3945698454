using JanitorVideo.Core.Backend;
using JanitorVideo.Render;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Mp4;
using JanitorVideo.Render.Preview;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// Looks at a delivered MP4: its facts read from its boxes in process (<see cref="Mp4Probe"/>; this
/// machine's ffprobe only for a file that reader cannot tell about, such as a fragmented MP4), and a
/// contact sheet of four moments beside it made with FFmpeg (the studio's own sheet copied when it
/// made one). Serves either backend. A file cut short or otherwise broken gets no facts.
/// </summary>
public sealed class ClipInspector(ILogger<ClipInspector> logger) : IClipInspector
{
    public async Task<ClipFacts?> InspectAsync(string mp4Path, Uri? backendPreview, CancellationToken cancellationToken = default)
    {
        try
        {
            var tools = FfmpegTools.Locate();
            var probe = Mp4Probe.Read(mp4Path) ?? await Ffprobe.ProbeAsync(mp4Path, tools, cancellationToken);
            var sheet = Path.ChangeExtension(mp4Path, ".preview.png");
            if (backendPreview is { IsFile: true } && File.Exists(backendPreview.LocalPath))
            {
                File.Copy(backendPreview.LocalPath, sheet, overwrite: true);
            }
            else
            {
                (_, sheet) = await VideoPreviews.WriteAsync(mp4Path, probe.DurationSeconds, tools, cancellationToken);
            }

            return new ClipFacts(probe.DurationSeconds, probe.Width, probe.Height, probe.FrameCount, sheet);
        }
        catch (Exception e) when (e is RenderInputException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogWarning("No preview for {Path}: {Reason}", mp4Path, e.Message);
            return null;
        }
    }
}
