using System.Text;
using JanitorVideo.Render.Mp4;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// Joins clips that were encoded with the same settings into one MP4, one after the other,
/// without re-encoding the video (FFmpeg's concat demuxer, stream copy), and lays music over the
/// whole in the same pass, fitted exactly as <see cref="FfmpegEncoder"/> fits it to one clip.
/// The file is written beside the destination, read in process by <see cref="Mp4Probe"/> (ffprobe
/// only when that reader cannot tell), checked against the settings and only then renamed into
/// place; failing or cancelling leaves nothing behind.
/// </summary>
public static class FfmpegJoiner
{
    /// <param name="parts">The clips, in play order; each must be an MP4 encoded like the others.</param>
    /// <param name="settings">The joined whole: frame size, frame rate, total frames, music.</param>
    /// <param name="outputPath">Where the joined MP4 goes; a file there is replaced.</param>
    /// <param name="tools">FFmpeg, and ffprobe for a file the box reader cannot tell about.</param>
    /// <param name="cancellationToken">Stops FFmpeg and removes its file.</param>
    /// <returns>What the joined file holds.</returns>
    /// <exception cref="FfmpegFailedException">FFmpeg failed, or the file did not pass its check.</exception>
    /// <exception cref="RenderInputException">The music is not usable audio, or FFmpeg is missing.</exception>
    public static async Task<MediaProbe> JoinAsync(IReadOnlyList<string> parts, EncodeSettings settings, string outputPath, FfmpegTools tools, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (parts.Count == 0)
        {
            throw new ArgumentException("There is nothing to join.", nameof(parts));
        }

        settings.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        var (fullOutput, scratch) = ScratchFiles.Beside(outputPath);
        var listPath = scratch + ".concat.txt";
        var tempPath = scratch + ScratchFiles.TempVideoSuffix;
        MusicInput? music = null;
        try
        {
            await File.WriteAllTextAsync(listPath, ConcatList(parts), new UTF8Encoding(false), cancellationToken);
            if (settings.Music is { } spec)
            {
                music = await MusicInput.PrepareAsync(spec, settings, scratch, tools, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            await RunAsync(FfmpegArguments.BuildJoin(listPath, settings, music, tempPath), parts.Count, tools, cancellationToken);

            MediaProbe probe;
            try
            {
                probe = Mp4Probe.Read(tempPath) ?? await Ffprobe.ReadVideoAsync(tempPath, tools, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or System.Text.Json.JsonException)
            {
                throw new FfmpegFailedException($"FFmpeg joined the shots but its file is not a playable MP4 ({ex.Message})", 0, []);
            }

            var problems = EncodeVerification.Problems(probe, settings);
            if (problems.Count > 0)
            {
                throw new FfmpegFailedException($"The joined file failed its check: {string.Join("; ", problems)}", 0, []);
            }

            if (music is not null)
            {
                await music.KeepFromAsync(tempPath, tools, cancellationToken);
            }

            File.Move(tempPath, fullOutput, overwrite: true);
            return probe;
        }
        finally
        {
            music?.Dispose();
            ScratchFiles.DeleteQuietly(listPath);
            ScratchFiles.DeleteQuietly(tempPath);
        }
    }

    /// <summary>The concat demuxer's list: one quoted <c>file</c> line per part, quotes escaped as the demuxer reads them.</summary>
    internal static string ConcatList(IEnumerable<string> parts)
    {
        var list = new StringBuilder("ffconcat version 1.0\n");
        foreach (var part in parts)
        {
            // "file:" stops a colon in the name being read as a protocol.
            var path = "file:" + Path.GetFullPath(part);
            list.Append("file '").Append(path.Replace("'", @"'\''", StringComparison.Ordinal)).Append("'\n");
        }

        return list.ToString();
    }

    private static async Task RunAsync(IReadOnlyList<string> arguments, int partCount, FfmpegTools tools, CancellationToken cancellationToken)
    {
        using var ffmpeg = ToolProcess.Start(tools.Ffmpeg, arguments, withInput: false, captureOutput: false);
        // Its file is deleted by the caller, so a cancelled FFmpeg is gone before that.
        var exitCode = await ffmpeg.RunToExitAsync(cancellationToken);

        if (exitCode != 0)
        {
            throw new FfmpegFailedException($"FFmpeg could not join the {partCount} shots (exit code {exitCode})", exitCode, ffmpeg.Stderr.Lines);
        }
    }
}
