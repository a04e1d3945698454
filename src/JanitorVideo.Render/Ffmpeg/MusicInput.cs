using System.Globalization;
using JanitorVideo.Core.Media;
using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// The music FFmpeg lays under a clip. The first time, it is a source the clip's encode fits to the
/// clip (trims, loops, fades, cuts to its last sample) and encodes to AAC: the user's track once
/// checked to be audio, or a built-in bed written to a scratch WAV. Once that clip is made, its AAC
/// is copied out and kept in memory by what made it (the bed and its seed, or the track's path,
/// size and time; the music's settings; the clip's length in samples), so the next clip with the
/// same music copies it in instead of encoding it again (three quarters of a second of CPU for
/// 30 s). Either way the clip's bytes are the same. Scratch files go with this object.
/// </summary>
internal sealed class MusicInput : IDisposable
{
    /// <summary>Tracks shorter than this are refused: looping them would be a buzz, not music.</summary>
    private const double ShortestTrackSeconds = 0.1;

    /// <summary>About fourteen minutes of music at 160 kb/s.</summary>
    private const long BudgetBytes = 16L * 1024 * 1024;

    private static readonly RecentBytes<TrackKey> Fitted = new(BudgetBytes);

    private readonly TrackKey _key;
    private readonly string _scratch;
    private readonly bool _temporary;

    private MusicInput(TrackKey key, string path, string demuxer, bool isFitted, bool temporary, string scratch)
    {
        _key = key;
        Path = path;
        Demuxer = demuxer;
        IsFitted = isFitted;
        _temporary = temporary;
        _scratch = scratch;
    }

    /// <summary>How many clips got their music from memory rather than encoding it (for tests).</summary>
    public static int Reused => Fitted.Hits;

    /// <summary>The file FFmpeg reads: the source, or the AAC kept from an earlier clip.</summary>
    public string Path { get; }

    /// <summary>FFmpeg's demuxer for <see cref="Path"/> (see <see cref="MediaInput"/>).</summary>
    public string Demuxer { get; }

    /// <summary>True when <see cref="Path"/> is AAC already fitted to this clip: it is copied, not encoded.</summary>
    public bool IsFitted { get; }

    public MusicSpec Spec => _key.Spec;

    /// <param name="spec">The music asked for.</param>
    /// <param name="settings">The clip's: the music is made exactly as long.</param>
    /// <param name="scratch">The encode's scratch prefix; its music files end in <see cref="ScratchFiles.TempMusicSuffix"/> or <see cref="ScratchFiles.TempBedSuffix"/>.</param>
    /// <param name="tools">ffprobe, to check an uploaded track.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static async Task<MusicInput> PrepareAsync(MusicSpec spec, EncodeSettings settings, string scratch, FfmpegTools tools, CancellationToken cancellationToken)
    {
        spec.Validate();
        var clipSamples = FfmpegArguments.ClipSamples(settings);
        var bedSeconds = Math.Min(settings.DurationSeconds, MusicBeds.MaxSeconds);
        var key = spec.Bed is { } bed
            ? new TrackKey(string.Create(CultureInfo.InvariantCulture, $"bed:{bed}:{spec.BedSeed}:{bedSeconds:R}"), spec, clipSamples)
            : new TrackKey(await CheckTrackAsync(spec, tools, cancellationToken), spec, clipSamples);

        string path;
        if (Fitted.TryGet(key, out var kept))
        {
            path = scratch + ScratchFiles.TempMusicSuffix;
            await WriteScratchAsync(path, file => file.Write(kept));
            return new MusicInput(key, path, MediaFormats.M4a.Demuxer!, isFitted: true, temporary: true, scratch);
        }

        if (spec.Bed is { } synthesised)
        {
            path = scratch + ScratchFiles.TempBedSuffix;
            await WriteScratchAsync(path, file => BedCache.WriteWav(synthesised, bedSeconds, spec.BedSeed, file));
            return new MusicInput(key, path, MediaFormats.Wav.Demuxer!, isFitted: false, temporary: true, scratch);
        }

        path = System.IO.Path.GetFullPath(spec.FilePath!);
        return new MusicInput(key, path, MediaInput.DemuxerOf(path), isFitted: false, temporary: false, scratch);
    }

    /// <summary>
    /// After a clip was made with this music encoded in it (not <see cref="IsFitted"/>): copies its
    /// AAC out of <paramref name="clipPath"/> and keeps it for the next clip. Only saves time later,
    /// so a failure is let go: the next clip then encodes its music itself.
    /// </summary>
    public async Task KeepFromAsync(string clipPath, FfmpegTools tools, CancellationToken cancellationToken)
    {
        if (IsFitted)
        {
            return;
        }

        var copy = _scratch + ScratchFiles.TempMusicSuffix;
        try
        {
            using var ffmpeg = ToolProcess.Start(tools.Ffmpeg, FfmpegArguments.BuildMusicCopy(clipPath, copy), withInput: false, captureOutput: false);
            if (await ffmpeg.RunToExitAsync(cancellationToken) == 0)
            {
                Fitted.Keep(_key, await File.ReadAllBytesAsync(copy, cancellationToken));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException or RenderInputException)
        {
            // Kept or not, this clip is done.
        }
        finally
        {
            ScratchFiles.DeleteQuietly(copy);
        }
    }

    public void Dispose()
    {
        if (_temporary)
        {
            ScratchFiles.DeleteQuietly(Path);
        }
    }

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

    private static async Task WriteScratchAsync(string path, Action<Stream> write)
    {
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            write(file);
        }
        catch
        {
            ScratchFiles.DeleteQuietly(path);
            throw;
        }
    }

    private readonly record struct TrackKey(string Source, MusicSpec Spec, long ClipSamples);
}
