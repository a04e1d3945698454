using System.Globalization;
using JanitorVideo.Core.Media;
using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// The music file FFmpeg reads for a clip: the user's track once checked to be audio, or a
/// built-in bed written to a temporary WAV that is deleted with this object.
/// </summary>
internal sealed class MusicInput : IDisposable
{
    /// <summary>Tracks shorter than this are refused: looping them would be a buzz, not music.</summary>
    private const double ShortestTrackSeconds = 0.1;

    private readonly bool _temporary;

    /// <summary>The demuxer FFmpeg reads the track with (see <see cref="MediaInput"/>).</summary>
    public required string Demuxer { get; init; }

    private MusicInput(string path, MusicSpec spec, bool temporary)
    {
        Path = path;
        Spec = spec;
        _temporary = temporary;
    }

    public string Path { get; }

    public MusicSpec Spec { get; }

    /// <param name="spec">The music asked for.</param>
    /// <param name="clipSeconds">The clip's length: a bed is made exactly this long.</param>
    /// <param name="bedPath">Where a bed's WAV goes (beside the encode's temporary file, so one folder holds all of an encode's scratch).</param>
    /// <param name="tools">ffprobe, to check an uploaded track.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static async Task<MusicInput> PrepareAsync(MusicSpec spec, double clipSeconds, string bedPath, FfmpegTools tools, CancellationToken cancellationToken)
    {
        spec.Validate();
        if (spec.Bed is { } bed)
        {
            var wav = bedPath;
            try
            {
                await using var file = new FileStream(wav, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                BedCache.WriteWav(bed, Math.Min(clipSeconds, MusicBeds.MaxSeconds), spec.BedSeed, file);
            }
            catch
            {
                File.Delete(wav);
                throw;
            }

            return new MusicInput(wav, spec, temporary: true) { Demuxer = MediaFormats.Wav.Demuxer! };
        }

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

        var path = System.IO.Path.GetFullPath(spec.FilePath!);
        return new MusicInput(path, spec, temporary: false) { Demuxer = MediaInput.DemuxerOf(path) };
    }

    public void Dispose()
    {
        if (!_temporary)
        {
            return;
        }

        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Something still holds the file; it is only scratch, named as such.
        }
    }
}
