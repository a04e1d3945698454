using System.Diagnostics;
using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Text;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// Renders a one-second clip nobody sees, once per process, in the background when the studio
/// starts, so the first export a user waits for does not also pay for compiling the render path:
/// decode, mask, stage, frame drawing, titles, particles, a music bed, the encoder and its check.
/// Measured in the server, that compiling cost the first export about 4 s of CPU and 1.5x a warm
/// export's wait. The clip is drawn from a picture made here, in a temporary folder removed after;
/// a failure is only logged (a real render says what is wrong, in its own words).
/// </summary>
public static class RenderWarmUp
{
    private static int _started;

    /// <summary>Ends when the warm-up is over; null until one was started in this process.</summary>
    public static Task? Running { get; private set; }

    /// <summary>Starts the warm-up unless this process already did; returns it either way.</summary>
    public static Task Start(FfmpegTools tools, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(logger);
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            Running = Task.Run(() => RunAsync(tools, logger));
        }

        return Running ?? Task.CompletedTask;
    }

    private static async Task RunAsync(FfmpegTools tools, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        RemoveLeftovers();
        var folder = Directory.CreateTempSubdirectory(FolderPrefix(Environment.ProcessId)).FullName;
        try
        {
            var picture = Path.Combine(folder, "character.png");
            DrawCharacter(picture);
            var plan = new AnimationPlan
            {
                ImagePath = picture,
                Format = OutputFormat.Portrait720,
                Fps = 12,
                DurationSeconds = 1,
                Quality = EncodeQuality.Draft,
                Particles = [new ParticleSpec(ParticleKind.Sparkles)],
                Texts = [new TextLayerSpec("Warm-up", TextRole.Title, 0, 1, TextPlacement.Top)],
                Music = new MusicSpec(null, MusicBed.Ambient),
            };
            await new ClipRenderer(tools).RenderAsync(plan, Path.Combine(folder, "warm-up.mp4"));
            logger.LogInformation("Render path warmed up in {WarmUpMs} ms", (long)clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            // Whatever went wrong, only the warm-up is lost: nobody waits on it, and a real render says what is wrong in its own words.
            logger.LogWarning("The render warm-up did not finish ({Reason}); the first export compiles the render path itself", e.Message);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Only the warm-up's scratch, in the temporary folder.
            }
        }
    }

    /// <summary>The start of the name of a warm-up's temporary folder in process <paramref name="processId"/>.</summary>
    internal static string FolderPrefix(int processId) => $"janitor-warm-up-{processId}-";

    // A process stopped during its warm-up left its folder: gone after an hour.
    private static void RemoveLeftovers()
    {
        try
        {
            foreach (var old in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories("janitor-warm-up-*"))
            {
                if (old.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
                {
                    old.Delete(recursive: true);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Someone else's, or in use: left for another time.
        }
    }

    // A figure on a transparent ground: the subject path (mask, cut-out, stage) is the one taken.
    private static void DrawCharacter(string path)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(160, 240, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(0xE0, 0x8A, 0x5A), IsAntialias = true })
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawOval(80, 60, 36, 40, paint);
            paint.Color = new SKColor(0x4A, 0x6F, 0xA5);
            canvas.DrawRoundRect(new SKRect(40, 100, 120, 230), 24, 24, paint);
        }

        using var file = File.Create(path);
        bitmap.Encode(file, SKEncodedImageFormat.Png, 100);
    }
}
