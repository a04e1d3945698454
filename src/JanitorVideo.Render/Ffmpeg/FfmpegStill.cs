using System.Globalization;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>A still taken from a video, so a video on a timeline of pictures can be animated like one.</summary>
public static class FfmpegStill
{
    /// <summary>Writes the first frame of <paramref name="videoPath"/> as a PNG at <paramref name="pngPath"/> (replacing a file there).</summary>
    /// <exception cref="RenderInputException">The video cannot be read, or FFmpeg is missing.</exception>
    public static Task ExtractFirstFrameAsync(string videoPath, string pngPath, FfmpegTools tools, CancellationToken cancellationToken = default) =>
        ExtractFrameAsync(videoPath, 0, pngPath, tools, cancellationToken);

    /// <summary>Writes the frame shown at <paramref name="seconds"/> into <paramref name="videoPath"/> as a PNG at <paramref name="pngPath"/>.</summary>
    /// <exception cref="RenderInputException">The video cannot be read there, or FFmpeg is missing.</exception>
    public static async Task ExtractFrameAsync(string videoPath, double seconds, string pngPath, FfmpegTools tools, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(videoPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(pngPath);
        ArgumentNullException.ThrowIfNull(tools);

        var video = Path.GetFullPath(videoPath);
        var png = Path.GetFullPath(pngPath);
        string demuxer;
        try
        {
            demuxer = MediaInput.DemuxerOf(video);
        }
        catch (InvalidDataException e)
        {
            throw new RenderInputException($"'{Path.GetFileName(video)}' is not a video ({e.Message}): upload an MP4, MOV, WEBM or MKV file, or the picture itself.", e);
        }

        using var ffmpeg = ToolProcess.Start(
            tools.Ffmpeg,
            ["-hide_banner", "-nostats", "-loglevel", "error", "-y", "-ss", seconds.ToString("0.###", CultureInfo.InvariantCulture), .. MediaInput.Open(video, demuxer),
             "-map", "0:v:0", "-frames:v", "1", "-update", "1", "-c:v", "png", "-f", "image2", "file:" + png],
            withInput: false,
            captureOutput: false);
        int exitCode;
        try
        {
            exitCode = await ffmpeg.RunToExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            File.Delete(png);
            throw;
        }

        if (exitCode != 0 || !File.Exists(png) || new FileInfo(png).Length == 0)
        {
            File.Delete(png);
            throw new RenderInputException(seconds == 0
                ? $"'{Path.GetFileName(video)}' is a video whose first frame could not be read: upload the picture itself (JPG, PNG, WEBP or GIF), or another copy of the video."
                : string.Create(CultureInfo.InvariantCulture, $"'{Path.GetFileName(video)}' could not be read at {seconds:0.##} s: it is damaged or not a video."));
        }
    }
}
