using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render;
using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Motion;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Skill;
using JanitorVideo.Studio.Engine;
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
        var motion = new Option<string?>("--motion") { Description = $"auto or one of: {string.Join(", ", MotionPresets.All.Select(p => p.Name))}." };
        var quality = new Option<EncodeQuality>("--quality") { Description = "Draft, Standard (veryfast, default) or High (slower preset).", DefaultValueFactory = _ => EncodeQuality.Standard };
        var music = new Option<string?>("--music") { Description = $"An audio file (mp3, wav, m4a, aac) or a built-in bed: {string.Join(", ", MusicBeds.All.Select(b => b.Name))}." };
        var loop = new Option<bool>("--loop") { Description = "Make the last frame flow into the first." };

        var command = new Command("animate", "Animate a still character image into a short MP4, here, with no account and no network.")
        {
            image, prompt, output, duration, aspect, resolution, fps, seed, motion, quality, music, loop,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                var imagePath = Path.GetFullPath(result.GetValue(image)!);
                if (!File.Exists(imagePath))
                {
                    throw new RenderInputException($"No image at '{imagePath}'.");
                }
                var target = Path.GetFullPath(result.GetValue(output) ?? Path.GetFileNameWithoutExtension(imagePath) + "-animated.mp4");
                if (!string.Equals(Path.GetExtension(target), ".mp4", StringComparison.OrdinalIgnoreCase))
                {
                    throw new RenderInputException($"The output must be an .mp4 file; got '{Path.GetFileName(target)}'.");
                }
                var chosenMotion = result.GetValue(motion);
                if (chosenMotion is not null && !string.Equals(chosenMotion, MotionPresets.AutoName, StringComparison.OrdinalIgnoreCase) && MotionPresets.Find(chosenMotion) is null)
                {
                    throw new RenderInputException($"There is no motion called '{chosenMotion}'. Choose auto or one of: {string.Join(", ", MotionPresets.All.Select(p => p.Name))}.");
                }
                var track = result.GetValue(music);
                var bed = track is not null && !File.Exists(track) && MusicBeds.TryParse(track, out var named) ? MusicBeds.NameOf(named) : null;
                var songPath = track is not null && bed is null ? Path.GetFullPath(track) : null;
                if (songPath is not null && !File.Exists(songPath))
                {
                    throw new RenderInputException($"No music file at '{songPath}', and it is not a built-in bed ({string.Join(", ", MusicBeds.All.Select(b => b.Name))}).");
                }
                var chosen = settings(result) ?? throw new RenderInputException("The settings cannot be used; see the message above.");

                using var bar = new ProgressBar(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
                var clock = Stopwatch.StartNew();
                var engine = StudioEngine.Start(chosen.StudioOptions(), FfmpegTools.Locate());
                await using (engine)
                {
                    var studio = new StudioBackend(engine);
                    var words = AnimateInstruction.Compose(result.GetValue(prompt), result.GetValue(duration), result.GetValue(aspect),
                        result.GetValue(resolution), result.GetValue(loop), bed, songPath is not null);
                    var clip = await new StudioAnimation(studio, stderr).RunAsync(
                        [imagePath, .. songPath is null ? Array.Empty<string>() : [songPath]], words,
                        draft => AnimateInstruction.Finish(draft, result.GetValue(fps), result.GetValue(seed), chosenMotion),
                        result.GetValue(quality), target, bar, cancellationToken);
                    bar.Finish();
                    var made = await DeliveredClip.DescribeAsync(target, clip.PreviewUrl, NullLogger.Instance, cancellationToken);
                    await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{made?.Width}x{made?.Height}, {made?.DurationSeconds:0.##} s, {made?.FrameCount} frames, " +
                        $"{new FileInfo(target).Length / 1024.0 / 1024:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s; {clip.Summary}; preview {made?.PreviewPath}"));
                }
                await stdout.WriteLineAsync(target);
                return 0;
            }
            catch (Exception e) when (e is RenderInputException or VideoBackendException)
            {
                await stderr.WriteLineAsync($"janitor-video animate: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
