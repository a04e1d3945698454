using System.CommandLine;
using System.Globalization;
using JanitorVideo.Render;
using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// <c>janitor-video animate IMAGE</c>: the whole main job in one command. Progress goes to stderr
/// (a bar on a terminal), the finished MP4's path to stdout, so the command composes in scripts.
/// </summary>
public static class AnimateCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
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
                var plan = new AnimationPlan { ImagePath = imagePath, Fps = result.GetValue(fps), Seed = result.GetValue(seed), Quality = result.GetValue(quality) };
                plan = PromptPlanner.Apply(plan, result.GetValue(prompt));
                if (result.GetValue(duration) is { } seconds)
                {
                    plan = plan with { DurationSeconds = seconds };
                }
                if (result.GetValue(aspect) is { } chosen || result.GetValue(resolution) is not null)
                {
                    plan = plan with { Format = OutputFormat.For(result.GetValue(aspect) ?? plan.Format.Aspect, result.GetValue(resolution) ?? Math.Min(plan.Format.Width, plan.Format.Height)) };
                }
                if (result.GetValue(motion) is { } name)
                {
                    plan = plan with { Motion = name };
                }
                if (result.GetValue(loop))
                {
                    plan = plan with { Loop = true };
                }
                if (result.GetValue(music) is { } track)
                {
                    plan = plan with { Music = MusicBeds.TryParse(track, out var bed) && !File.Exists(track) ? new MusicSpec(null, bed) : new MusicSpec(Path.GetFullPath(track), null) };
                }
                if (!File.Exists(imagePath))
                {
                    throw new RenderInputException($"No image at '{imagePath}'.");
                }
                var target = Path.GetFullPath(result.GetValue(output) ?? Path.GetFileNameWithoutExtension(imagePath) + "-animated.mp4");
                if (!string.Equals(Path.GetExtension(target), ".mp4", StringComparison.OrdinalIgnoreCase))
                {
                    throw new RenderInputException($"The output must be an .mp4 file; got '{Path.GetFileName(target)}'.");
                }

                using var bar = new ProgressBar(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
                var renderer = new ClipRenderer(FfmpegTools.Locate());
                var clip = await renderer.RenderAsync(plan, target, new DirectProgress<RenderProgress>(bar.Show), cancellationToken);
                bar.Finish();
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{clip.Probe.Width}x{clip.Probe.Height}, {clip.Probe.DurationSeconds:0.##} s, {clip.Probe.FrameCount} frames, {clip.MotionName}, " +
                    $"{clip.Probe.SizeBytes / 1024.0 / 1024:0.0} MB in {clip.Elapsed.TotalSeconds:0.0} s " +
                    $"({string.Join(", ", clip.Phases.Select(p => $"{p.Phase} {p.Elapsed.TotalSeconds:0.00} s"))}); preview {clip.ContactSheetPath}"));
                await stdout.WriteLineAsync(clip.Path);
                return 0;
            }
            catch (RenderInputException e)
            {
                await stderr.WriteLineAsync($"janitor-video animate: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
