using System.Globalization;
using JanitorVideo.Core.Media;
using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// The clip's music, fitted to the clip (trimmed, looped, faded, cut to its last sample) and encoded
/// to AAC in an MP4 file of its own, which the clip's encode copies in: from the user's track once
/// checked to be audio, or from a built-in bed. The encoded music is kept in memory by what made it
/// (the bed and its seed, or the track's path, size and time; the music's settings; the clip's
/// length in samples), so a clip whose music did not change gets the same AAC copied again instead
/// of encoded again (three quarters of a second of CPU for 30 s). Its file is scratch, deleted with
/// this object.
/// </summary>
internal sealed class MusicInput : IDisposable
{
    /// <summary>Tracks shorter than this are refused: looping them would be a buzz, not music.</summary>
    private const double ShortestTrackSeconds = 0.1;

    /// <summary>About fourteen minutes of music at 160 kb/s.</summary>
    private const long BudgetBytes = 16L * 1024 * 1024;

    private static readonly RecentBytes<TrackKey> Encoded = new(BudgetBytes);

    private MusicInput(string path, MusicSpec spec)
    {
        Path = path;
        Spec = spec;
    }

    /// <summary>How many clips got their music from memory rather than encoding it (for tests).</summary>
    public static int Reused => Encoded.Hits;

    /// <summary>The encoded music: AAC, 48 kHz stereo, exactly as long as the clip, in an MP4 file.</summary>
    public string Path { get; }

    /// <summary>FFmpeg's demuxer for <see cref="Path"/>.</summary>
    public static string Demuxer => MediaFormats.M4a.Demuxer!;

    public MusicSpec Spec { get; }

    /// <param name="spec">The music asked for.</param>
    /// <param name="settings">The clip's: the music is made exactly as long.</param>
    /// <param name="scratch">Where the encode's scratch files go (<see cref="ScratchFiles.TempMusicSuffix"/>, and <see cref="ScratchFiles.TempBedSuffix"/> while a bed is encoded).</param>
    /// <param name="tools">FFmpeg, and ffprobe to check an uploaded track.</param>
    /// <param name="cancellationToken">Cancels the check and the encoding.</param>
    public static async Task<MusicInput> PrepareAsync(MusicSpec spec, EncodeSettings settings, string scratch, FfmpegTools tools, CancellationToken cancellationToken)
    {
        spec.Validate();
        var clipSamples = FfmpegArguments.ClipSamples(settings);
        var bedSeconds = Math.Min(settings.DurationSeconds, MusicBeds.MaxSeconds);
        var key = spec.Bed is { } bed
            ? new TrackKey(string.Create(CultureInfo.InvariantCulture, $"bed:{bed}:{spec.BedSeed}:{bedSeconds:R}"), spec, clipSamples)
            : new TrackKey(await CheckTrackAsync(spec, tools, cancellationToken), spec, clipSamples);
        var path = scratch + ScratchFiles.TempMusicSuffix;
        try
        {
            if (Encoded.TryGet(key, out var kept))
            {
                await File.WriteAllBytesAsync(path, kept, cancellationToken);
            }
            else
            {
                await EncodeAsync(spec, bedSeconds, clipSamples, scratch, path, tools, cancellationToken);
                Encoded.Keep(key, await File.ReadAllBytesAsync(path, cancellationToken));
            }
        }
        catch
        {
            ScratchFiles.DeleteQuietly(path);
            throw;
        }

        return new MusicInput(path, spec);
    }

    public void Dispose() => ScratchFiles.DeleteQuietly(Path);

    /// <summary>Checks an uploaded track, and returns what identifies its content: its path, size and time.</summary>
    private static async Task<string> CheckTrackAsync(MusicSpec spec, FfmpegTools tools, CancellationToken cancellationToken)
    {
        var audio = await Ffprobe.ProbeAudioAsync(spec.FilePath!, tools, cancellationToken);
        var name = System.IO.Path.GetFileName(spec.FilePath);
        if (audio.DurationSeconds is > 0 and < ShortestTrackSeconds)
        {
            throw new RenderInputException($"'{name}' is too short to use as music: choose a track of at least a second.");
        }

        if (audio.DurationSeconds > 0 && spec.TrimStartSeconds >= audio.DurationSeconds)
        {
            throw new RenderInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"The music is set to start at {spec.TrimStartSeconds:0.##} s, but '{name}' is only {audio.DurationSeconds:0.##} s long: choose an earlier start."));
        }

        var file = new FileInfo(System.IO.Path.GetFullPath(spec.FilePath!));
        return string.Create(CultureInfo.InvariantCulture, $"file:{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}");
    }

    private static async Task EncodeAsync(MusicSpec spec, double bedSeconds, long clipSamples, string scratch, string output, FfmpegTools tools, CancellationToken cancellationToken)
    {
        var wav = scratch + ScratchFiles.TempBedSuffix;
        try
        {
            string source, demuxer;
            if (spec.Bed is { } bed)
            {
                await using (var file = new FileStream(wav, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    BedCache.WriteWav(bed, bedSeconds, spec.BedSeed, file);
                }

                (source, demuxer) = (wav, MediaFormats.Wav.Demuxer!);
            }
            else
            {
                source = System.IO.Path.GetFullPath(spec.FilePath!);
                demuxer = MediaInput.DemuxerOf(source);
            }

            using var ffmpeg = ToolProcess.Start(tools.Ffmpeg, FfmpegArguments.BuildMusic(source, demuxer, spec, clipSamples, output), withInput: false, captureOutput: false);
            var exitCode = await ffmpeg.RunToExitAsync(cancellationToken);
            if (exitCode != 0)
            {
                throw new FfmpegFailedException($"FFmpeg could not fit the music to the clip (exit code {exitCode})", exitCode, ffmpeg.Stderr.Lines);
            }
        }
        finally
        {
            ScratchFiles.DeleteQuietly(wav);
        }
    }

    private readonly record struct TrackKey(string Source, MusicSpec Spec, long ClipSamples);
}
