using System.Globalization;
using JanitorVideo.Render.Ffmpeg;
using SkiaSharp;

namespace JanitorVideo.Render.Preview;

/// <summary>
/// A poster and a contact sheet made from a finished MP4, whoever rendered it (the studio or the
/// cloud), so an agent that can look at images sees what was delivered.
/// </summary>
public static class VideoPreviews
{
    /// <summary>Writes <c>NAME.poster.jpg</c> and <c>NAME.preview.png</c> beside <paramref name="mp4Path"/>.</summary>
    /// <exception cref="RenderInputException">The video cannot be read, or FFmpeg is missing.</exception>
    public static async Task<(string PosterPath, string SheetPath)> WriteAsync(string mp4Path, double durationSeconds, FfmpegTools tools,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var scratch = Directory.CreateTempSubdirectory("janitor-preview-");
        var frames = new List<SKBitmap>();
        try
        {
            var stills = PreviewWriter.SheetMoments
                .Select((moment, i) => Still(mp4Path, moment * durationSeconds, Path.Combine(scratch.FullName, $"{i}.png"), tools, cancellationToken))
                .ToList();
            foreach (var path in await Task.WhenAll(stills))
            {
                frames.Add(SKBitmap.Decode(path) ?? throw new RenderInputException($"A frame of '{Path.GetFileName(mp4Path)}' could not be read for its preview."));
            }

            var poster = Path.ChangeExtension(mp4Path, ".poster.jpg");
            var sheet = Path.ChangeExtension(mp4Path, ".preview.png");
            PreviewWriter.WritePoster(frames[PreviewWriter.SheetMoments.ToList().IndexOf(PreviewWriter.PosterMoment)], poster);
            PreviewWriter.WriteContactSheet(frames, sheet);
            return (poster, sheet);
        }
        finally
        {
            frames.ForEach(frame => frame.Dispose());
            scratch.Delete(recursive: true);
        }
    }

    private static async Task<string> Still(string mp4Path, double seconds, string pngPath, FfmpegTools tools, CancellationToken cancellationToken)
    {
        using var ffmpeg = ToolProcess.Start(
            tools.Ffmpeg,
            ["-hide_banner", "-nostats", "-loglevel", "error", "-y", "-ss", seconds.ToString("0.###", CultureInfo.InvariantCulture),
             "-i", "file:" + Path.GetFullPath(mp4Path), "-map", "0:v:0", "-frames:v", "1", "-update", "1", "-c:v", "png", "-f", "image2", "file:" + pngPath],
            withInput: false,
            captureOutput: false);
        try
        {
            if (await ffmpeg.WaitForExitAsync(cancellationToken) != 0 || !File.Exists(pngPath))
            {
                throw new RenderInputException($"'{Path.GetFileName(mp4Path)}' could not be read to make its preview.");
            }
        }
        catch (OperationCanceledException)
        {
            ffmpeg.Kill();
            throw;
        }

        return pngPath;
    }
}
