using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using JanitorVideo.Core.Errors;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Export;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Machine;
using JanitorVideo.Studio.Rendering;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// <c>janitor-video animate IMAGE</c>: the whole main job in one command, through the embedded
/// studio and the backend contract the MCP tools use (upload, the agent, render, download).
/// Progress goes to stderr (a bar on a terminal), the finished MP4's path to stdout, so the command
/// composes in scripts.
/// </summary>
public static class AnimateCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, Func<ParseResult, JanitorSettings?> settings)
    {
        var image = new Argument<string>("IMAGE") { Description = "The still to animate: JPG, PNG, WEBP or GIF." };
        var prompt = new Option<string?>("--prompt", "-p") { Description = "What the clip should do, in plain words (English or Chinese), e.g. \"slow push-in with falling petals, title 'The Druid'\"." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the MP4 (default: IMAGE's name with -animated.mp4, in the current folder)." };
        var duration = new Option<double?>("--duration") { Description = "Length in seconds (1–60; default 5, or what the prompt says)." };
        var aspect = new Option<string?>("--aspect") { Description = "9:16 (default), 16:9 or 1:1." };
        aspect.AcceptOnlyFromAmong("9:16", "16:9", "1:1");
        var resolution = new Option<int?>("--resolution") { Description = "1080 (default) or 720: the frame's short side." };
        var fps = new Option<int>("--fps") { Description = "Frames per second (12–60).", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "Seed for particles and grain: the same seed gives the same frames.", DefaultValueFactory = _ => 1 };
        var motion = new Option<string?>("--motion") { Description = $"auto or one of: {string.Join(", ", StudioCatalog.MotionNames)}." };
        var quality = new Option<string>("--quality") { Description = "draft, standard (veryfast, default) or high (a slower preset).", DefaultValueFactory = _ => "standard" };
        quality.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } word && !StudioCatalog.IsQuality(word))
            {
                result.AddError($"There is no quality called '{word}'. Choose {string.Join(", ", StudioCatalog.Qualities)}.");
            }
        });
        var music = new Option<string?>("--music") { Description = $"An audio file (mp3, wav, m4a, aac) or a built-in bed: {string.Join(", ", StudioCatalog.MusicBedNames)}." };
        var loop = new Option<bool>("--loop") { Description = "Make the last frame flow into the first." };
        var pixelArt = new Option<string>("--pixel-art")
        {
            Description = "auto (default: pixel art is told by its small palette and hard edges), on (enlarge by whole pixels, no blur) or off (smooth).",
            DefaultValueFactory = _ => "auto",
        };
        pixelArt.AcceptOnlyFromAmong("auto", "on", "off");

        var command = new Command("animate", "Animate a still character image into a short MP4, here, with no account and no network.")
        {
            image, prompt, output, duration, aspect, resolution, fps, seed, motion, quality, music, loop, pixelArt,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var imagePath = Path.GetFullPath(result.GetValue(image)!);
                if (!File.Exists(imagePath))
                {
                    throw Refused($"No image at '{imagePath}'.");
                }
                var target = Path.GetFullPath(result.GetValue(output) ?? Path.GetFileNameWithoutExtension(imagePath) + "-animated.mp4");
                if (!string.Equals(Path.GetExtension(target), ".mp4", StringComparison.OrdinalIgnoreCase))
                {
                    throw Refused($"The output must be an .mp4 file; got '{Path.GetFileName(target)}'.");
                }
                var chosenMotion = result.GetValue(motion);
                if (chosenMotion is not null && !StudioCatalog.IsMotion(chosenMotion))
                {
                    throw Refused($"There is no motion called '{chosenMotion}'. Choose {StudioCatalog.AutoMotion} or one of: {string.Join(", ", StudioCatalog.MotionNames)}.");
                }
                var track = result.GetValue(music);
                var bed = track is not null && !File.Exists(track) && StudioCatalog.TryMusicBed(track, out var named) ? named : null;
                var songPath = track is not null && bed is null ? Path.GetFullPath(track) : null;
                if (songPath is not null && !File.Exists(songPath))
                {
                    throw Refused($"No music file at '{songPath}', and it is not a built-in bed ({string.Join(", ", StudioCatalog.MusicBedNames)}).");
                }
                var chosen = settings(result) ?? throw Refused("The settings cannot be used; see the message above.");

                using var bar = new ProgressBar(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
                var clock = Stopwatch.StartNew();
                // One render, started at once: a warm-up beside it would only compete with it.
                var engine = StudioEngine.Start(chosen.StudioOptions() with { WarmUp = false });
                await using (engine)
                {
                    var studio = new StudioBackend(engine);
                    var exports = new ExportService(studio, new ClipInspector(NullLogger<ClipInspector>.Instance), new ExportOptions(),
                        TimeProvider.System, NullLogger<ExportService>.Instance);
                    var words = AnimateInstruction.Compose(result.GetValue(prompt), result.GetValue(duration), result.GetValue(aspect),
                        result.GetValue(resolution), result.GetValue(loop), bed, songPath is not null,
                        result.GetValue(pixelArt) switch { "on" => true, "off" => false, _ => null });
                    var made = await new StudioAnimation(studio, exports, stderr).RunAsync(
                        [imagePath, .. songPath is null ? Array.Empty<string>() : [songPath]], words,
                        draft => AnimateInstruction.Finish(draft, result.GetValue(fps), result.GetValue(seed), chosenMotion),
                        result.GetValue(quality) ?? "standard", target, bar, cancellationToken);
                    bar.Finish();
                    var facts = made.Clip.Facts;
                    await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{facts?.Width}x{facts?.Height}, {facts?.DurationSeconds:0.##} s, {facts?.FrameCount} frames, " +
                        $"{made.Clip.SizeBytes / 1024.0 / 1024:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s; {made.Summary}; preview {facts?.PreviewPath}"));
                }
                await stdout.WriteLineAsync(target);
                return 0;
            }
            catch (Exception e) when (e is StudioUnavailableException or VideoBackendException)
            {
                await stderr.WriteLineAsync($"janitor-video animate: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static VideoBackendException Refused(string words) => new(ErrorKind.InvalidInput, words);
}
