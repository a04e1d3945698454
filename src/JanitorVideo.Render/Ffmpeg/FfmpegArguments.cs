using System.Globalization;
using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>The FFmpeg command line for one encode, as a list of arguments (no shell involved).</summary>
internal static class FfmpegArguments
{
    public const int AudioSampleRate = 48000;

    public static IReadOnlyList<string> Build(EncodeSettings settings, MusicInput? music, string outputPath)
    {
        var arguments = new List<string>
        {
            "-hide_banner", "-nostats", "-loglevel", "warning", "-y",
            "-f", "rawvideo", "-pix_fmt", "yuv420p",
            "-s", Invariant($"{settings.Width}x{settings.Height}"),
            "-r", Invariant($"{settings.Fps}"),
            "-i", "pipe:0",
        };

        if (music is not null)
        {
            // Loop the track forever; the filter graph cuts it at the clip's last sample.
            arguments.AddRange(["-stream_loop", "-1", "-i", "file:" + music.Path]);
            arguments.AddRange(["-filter_complex", MusicFilterGraph.Build(music.Spec, ClipSamples(settings), AudioSampleRate, "1:a", "music")]);
            arguments.AddRange(["-map", "0:v:0", "-map", "[music]"]);
        }
        else
        {
            arguments.AddRange(["-map", "0:v:0"]);
        }

        arguments.AddRange(["-c:v", "libx264", "-preset", settings.Preset, "-crf", Invariant($"{settings.Crf}"), "-pix_fmt", "yuv420p"]);
        // The finishing pass writes BT.709 limited range; say so, so players show the colours as made.
        arguments.AddRange(["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]);
        if (music is not null)
        {
            arguments.AddRange(["-c:a", "aac", "-b:a", "160k", "-ar", Invariant($"{AudioSampleRate}"), "-ac", "2", "-shortest"]);
        }

        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", "file:" + outputPath]);
        return arguments;
    }

    /// <summary>The clip's length in audio samples, so audio and video end together to the sample.</summary>
    public static long ClipSamples(EncodeSettings settings) => (long)Math.Round((double)settings.FrameCount * AudioSampleRate / settings.Fps);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
