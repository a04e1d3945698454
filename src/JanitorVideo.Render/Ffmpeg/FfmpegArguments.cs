using System.Globalization;
using JanitorVideo.Core.Media;
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

        AddInputsAndMaps(arguments, settings, music);

        arguments.AddRange(["-c:v", "libx264", "-preset", settings.Preset, "-crf", Invariant($"{settings.Crf}"), "-pix_fmt", "yuv420p"]);
        // The finishing pass writes BT.709 limited range; say so, so players show the colours as made.
        arguments.AddRange(["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]);
        if (music is not null)
        {
            arguments.AddRange(AudioCodec(music, shortest: true));
        }

        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", "file:" + outputPath]);
        return arguments;
    }

    /// <summary>The AAC of a finished clip (<see cref="MusicInput"/>'s, fitted to it) copied into an MP4 file of its own.</summary>
    public static IReadOnlyList<string> BuildMusicCopy(string clipPath, string outputPath) =>
    [
        "-hide_banner", "-nostats", "-loglevel", "warning", "-y",
        .. MediaInput.Open(clipPath, MediaFormats.Mp4.Demuxer!),
        "-map", "0:a:0", "-c", "copy", "-map_metadata", "-1", "-f", "mp4", "file:" + outputPath,
    ];

    /// <summary>
    /// Joins clips encoded alike (<see cref="EncodeSettings"/> describes the whole) with the concat
    /// demuxer: the video is copied, not re-encoded; the music, if any (fitted to the whole), is laid over it.
    /// </summary>
    public static IReadOnlyList<string> BuildJoin(string concatListPath, EncodeSettings settings, MusicInput? music, string outputPath)
    {
        var arguments = new List<string>
        {
            "-hide_banner", "-nostats", "-loglevel", "warning", "-y",
            // The list names absolute paths, which the demuxer only accepts when not "safe".
            // Our own list of our own parts; still only files.
            "-protocol_whitelist", "file", "-f", "concat", "-safe", "0", "-i", "file:" + concatListPath,
        };
        AddInputsAndMaps(arguments, settings, music);
        arguments.AddRange(["-c:v", "copy"]);
        if (music is not null)
        {
            // The filter graph already ends the music on the clip's last sample.
            arguments.AddRange(AudioCodec(music, shortest: false));
        }

        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", "file:" + outputPath]);
        return arguments;
    }

    /// <summary>The clip's length in audio samples, so audio and video end together to the sample.</summary>
    public static long ClipSamples(EncodeSettings settings) => (long)Math.Round((double)settings.FrameCount * AudioSampleRate / settings.Fps);

    private static IReadOnlyList<string> MusicCodec { get; } = ["-c:a", "aac", "-b:a", "160k", "-ar", Invariant($"{AudioSampleRate}"), "-ac", "2"];

    // AAC fitted by an earlier clip is copied. Its nominal rate is said again, so the file's header
    // reads as it does when the music is encoded here: the same clip, byte for byte, either way.
    // Otherwise the filter graph fits the music, ending it on the clip's last sample.
    private static IReadOnlyList<string> AudioCodec(MusicInput music, bool shortest) =>
        music.IsFitted ? ["-c:a", "copy", "-b:a", "160k"] : shortest ? [.. MusicCodec, "-shortest"] : MusicCodec;

    /// <summary>
    /// Input 0 is the video; music is input 1: fitted to the clip already, or looped forever and
    /// cut to the clip by the filter graph.
    /// </summary>
    private static void AddInputsAndMaps(List<string> arguments, EncodeSettings settings, MusicInput? music)
    {
        if (music is null)
        {
            arguments.AddRange(["-map", "0:v:0"]);
            return;
        }

        if (music.IsFitted)
        {
            arguments.AddRange([.. MediaInput.Open(music.Path, music.Demuxer), "-map", "0:v:0", "-map", "1:a:0"]);
            return;
        }

        arguments.AddRange(["-stream_loop", "-1", .. MediaInput.Open(music.Path, music.Demuxer)]);
        arguments.AddRange(["-filter_complex", MusicFilterGraph.Build(music.Spec, ClipSamples(settings), AudioSampleRate, "1:a", "music")]);
        arguments.AddRange(["-map", "0:v:0", "-map", "[music]"]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
