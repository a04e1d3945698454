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

        AddInputsAndMaps(arguments, music);

        arguments.AddRange(["-c:v", "libx264", "-preset", settings.Preset, "-crf", Invariant($"{settings.Crf}"), "-pix_fmt", "yuv420p"]);
        // The finishing pass writes BT.709 limited range; say so, so players show the colours as made.
        arguments.AddRange(["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]);
        if (music is not null)
        {
            // Fitted to the clip's last sample already: copied, not encoded again.
            arguments.AddRange(["-c:a", "copy"]);
        }

        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", "file:" + outputPath]);
        return arguments;
    }

    /// <summary>
    /// Fits a music track to a clip of <paramref name="clipSamples"/> samples (see
    /// <see cref="MusicFilterGraph"/>; looped when shorter) and encodes it to AAC in an MP4 file
    /// of its own, without the track's tags.
    /// </summary>
    public static IReadOnlyList<string> BuildMusic(string sourcePath, string demuxer, MusicSpec spec, long clipSamples, string outputPath)
    {
        var arguments = new List<string> { "-hide_banner", "-nostats", "-loglevel", "warning", "-y", "-stream_loop", "-1" };
        arguments.AddRange(MediaInput.Open(sourcePath, demuxer));
        arguments.AddRange(["-filter_complex", MusicFilterGraph.Build(spec, clipSamples, AudioSampleRate, "0:a", "music")]);
        arguments.AddRange(["-map", "[music]", "-map_metadata", "-1", .. MusicCodec, "-f", "mp4", "file:" + outputPath]);
        return arguments;
    }

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
        AddInputsAndMaps(arguments, music);
        arguments.AddRange(["-c:v", "copy"]);
        if (music is not null)
        {
            arguments.AddRange(["-c:a", "copy"]);
        }

        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", "file:" + outputPath]);
        return arguments;
    }

    /// <summary>The clip's length in audio samples, so audio and video end together to the sample.</summary>
    public static long ClipSamples(EncodeSettings settings) => (long)Math.Round((double)settings.FrameCount * AudioSampleRate / settings.Fps);

    private static IReadOnlyList<string> MusicCodec { get; } = ["-c:a", "aac", "-b:a", "160k", "-ar", Invariant($"{AudioSampleRate}"), "-ac", "2"];

    /// <summary>Input 0 is the video; the music, already fitted to the clip, is input 1.</summary>
    private static void AddInputsAndMaps(List<string> arguments, MusicInput? music)
    {
        if (music is null)
        {
            arguments.AddRange(["-map", "0:v:0"]);
            return;
        }

        arguments.AddRange(MediaInput.Open(music.Path, MusicInput.Demuxer));
        arguments.AddRange(["-map", "0:v:0", "-map", "1:a:0"]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
