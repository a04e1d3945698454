namespace JanitorVideo.Render.Ffmpeg;

/// <summary>Asks ffprobe (JSON output) what a media file holds.</summary>
public static class Ffprobe
{
    /// <summary>
    /// Probes a video. Throws <see cref="RenderInputException"/> when the file is missing, is not
    /// media FFmpeg can read, or has no video stream.
    /// </summary>
    public static async Task<MediaProbe> ProbeAsync(string path, FfmpegTools tools, CancellationToken cancellationToken = default)
    {
        var fullPath = RequireFile(path, "video");
        try
        {
            return await ReadVideoAsync(fullPath, tools, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new RenderInputException($"'{Path.GetFileName(fullPath)}' is not a video FFmpeg can read ({ex.Message}): use an MP4, MOV, WEBM or MKV file.", ex);
        }
    }

    /// <summary>
    /// Probes an audio file. Throws <see cref="RenderInputException"/> when the file is missing, is
    /// not media FFmpeg can read, or has no audio stream.
    /// </summary>
    public static async Task<AudioProbe> ProbeAudioAsync(string path, FfmpegTools tools, CancellationToken cancellationToken = default)
    {
        var fullPath = RequireFile(path, "audio");
        try
        {
            var json = await RunAsync(fullPath, tools, cancellationToken);
            return ProbeJson.ParseAudio(json);
        }
        catch (InvalidDataException ex)
        {
            throw new RenderInputException($"'{Path.GetFileName(fullPath)}' is not audio FFmpeg can read ({ex.Message}): use an mp3, wav, m4a or aac file.", ex);
        }
    }

    /// <summary>Probes a video; <see cref="InvalidDataException"/> when it is not one.</summary>
    internal static async Task<MediaProbe> ReadVideoAsync(string fullPath, FfmpegTools tools, CancellationToken cancellationToken)
    {
        var json = await RunAsync(fullPath, tools, cancellationToken);
        return ProbeJson.ParseVideo(json, new FileInfo(fullPath).Length);
    }

    private static string RequireFile(string path, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        return File.Exists(fullPath)
            ? fullPath
            : throw new RenderInputException($"The {kind} file '{path}' does not exist: check the path, or upload it again.");
    }

    private static async Task<string> RunAsync(string fullPath, FfmpegTools tools, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tools);

        // Opened as what its first bytes say, through the file protocol only ("file:" also stops a
        // colon in the name being read as a protocol); a sniff that fails is InvalidDataException.
        var demuxer = MediaInput.DemuxerOf(fullPath);
        using var ffprobe = ToolProcess.Start(
            tools.Ffprobe,
            ["-v", "error", "-of", "json", "-show_format", "-show_streams", .. MediaInput.Probe(fullPath, demuxer)],
            withInput: false,
            captureOutput: true);
        var exitCode = await ffprobe.RunToExitAsync(cancellationToken);

        if (exitCode != 0)
        {
            var reason = ffprobe.Stderr.Lines.LastOrDefault(line => !string.IsNullOrWhiteSpace(line)) ?? $"ffprobe exit code {exitCode}";
            throw new InvalidDataException(reason.Replace("file:" + fullPath + ": ", string.Empty, StringComparison.Ordinal));
        }

        return await ffprobe.OutputAsync();
    }
}
