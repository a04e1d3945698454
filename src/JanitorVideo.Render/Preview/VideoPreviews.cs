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
            var stills = PreviewWriter.SheetMoments.Select((_, i) => Path.Combine(scratch.FullName, $"{i}.png")).ToList();
            await Task.WhenAll(PreviewWriter.SheetMoments.Select((moment, i) =>
                FfmpegStill.ExtractFrameAsync(mp4Path, moment * durationSeconds, stills[i], tools, cancellationToken)));
            foreach (var path in stills)
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
}
