using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Render;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;

namespace JanitorVideo.Studio.Media;

/// <summary>
/// Checks a received file by reading it once as what it claims to be, measures it and makes its
/// thumbnail. Pictures are decoded (headers first, so pixel bombs cost nothing); video and audio
/// are read by ffprobe. A file that does not read is refused with words saying so.
/// </summary>
/// <param name="tools">FFmpeg and ffprobe.</param>
/// <param name="toolTimeout">How long reading one file may take (ffprobe, FFmpeg, or decoding a picture); default two minutes.</param>
/// <param name="concurrent">How many files are read at once (one per core by default); more wait their turn.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim whose wait handle is never asked for holds nothing to dispose; it lives as long as the studio.")]
internal sealed class MediaInspector(FfmpegTools tools, TimeSpan? toolTimeout = null, int? concurrent = null)
{
    private readonly SemaphoreSlim _slots = new(concurrent ?? Environment.ProcessorCount);

    /// <summary>Videos larger than this on either side are refused: a frame of one would not fit any render.</summary>
    public const int MaxVideoSide = EncodeSettings.MaxDimension;

    private static readonly TimeSpan DefaultToolTimeout = TimeSpan.FromMinutes(2);

    // Decoding straight to thumbnail size still reads every byte and every frame, which is what
    // verifies the file, while the memory it takes stays small.
    private static readonly DecodeLimits ImageLimits = new(MaxLongSide: ImageThumbnail.MaxSide);

    private readonly TimeSpan _toolTimeout = toolTimeout ?? DefaultToolTimeout;

    /// <param name="path">The received file.</param>
    /// <param name="format">Its sniffed format.</param>
    /// <param name="fileName">Its sanitised name, for messages.</param>
    /// <param name="thumbnailPath">Where the thumbnail goes (replaced if there).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public Task<MediaFacts> InspectAsync(string path, MediaFormat format, string fileName, string thumbnailPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        return OneAtATimeAsync(format.Kind switch
        {
            MediaKind.Image => token => WithToolTimeoutAsync(fileName, limit => Task.Run(() => InspectImage(path, fileName, thumbnailPath, limit), limit), token),
            MediaKind.Video => token => WithToolTimeoutAsync(fileName, limit => InspectVideoAsync(path, fileName, thumbnailPath, limit), token),
            _ => token => WithToolTimeoutAsync(fileName, limit => InspectAudioAsync(path, fileName, limit), token),
        }, cancellationToken);
    }

    // Reading files takes CPU and memory; many uploads at once wait for a slot instead of piling up.
    private async Task<MediaFacts> OneAtATimeAsync(Func<CancellationToken, Task<MediaFacts>> inspect, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await inspect(cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static MediaFacts InspectImage(string path, string fileName, string thumbnailPath, CancellationToken cancellationToken)
    {
        SourceImage image;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            image = ImageDecoder.Decode(stream, ImageLimits, cancellationToken);
        }
        catch (RenderInputException e)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput, $"'{fileName}' cannot be used. {e.Message}", e.Message, e);
        }

        using (image)
        {
            ImageThumbnail.Write(image.Frames[0].Bitmap, thumbnailPath);
            var (width, height) = Upright(image);
            double? duration = image.IsAnimated && image.LoopDuration > TimeSpan.Zero ? image.LoopDuration.TotalSeconds : null;
            // The subject is found now, so the agent can say how the picture will be framed before any render.
            var framing = image.IsAnimated ? null : SubjectAnalysis.Of(image).Facts;
            return new MediaFacts(MediaKind.Image, width, height, duration, null, image.Frames.Count, HasThumbnail: true, framing);
        }
    }

    // The size as the picture is seen: EXIF orientation may turn the stored size a quarter turn.
    private static (int Width, int Height) Upright(SourceImage image)
    {
        var turned = (image.Width < image.Height && image.OriginalWidth > image.OriginalHeight)
            || (image.Width > image.Height && image.OriginalWidth < image.OriginalHeight);
        return turned ? (image.OriginalHeight, image.OriginalWidth) : (image.OriginalWidth, image.OriginalHeight);
    }

    private async Task<MediaFacts> InspectVideoAsync(string path, string fileName, string thumbnailPath, CancellationToken cancellationToken)
    {
        MediaProbe probe;
        try
        {
            probe = await Ffprobe.ProbeAsync(path, tools, cancellationToken);
        }
        catch (RenderInputException e) when (!IsMissingTool(e))
        {
            // A video container may hold sound only (a song saved as .mp4): that is audio.
            try
            {
                return AudioFacts(await Ffprobe.ProbeAudioAsync(path, tools, cancellationToken));
            }
            catch (RenderInputException audioError) when (!IsMissingTool(audioError))
            {
                throw Unreadable(fileName, "video", e);
            }
        }

        if (probe.Width <= 0 || probe.Height <= 0)
        {
            throw Unreadable(fileName, "video", null);
        }
        if (probe.Width > MaxVideoSide || probe.Height > MaxVideoSide)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                $"'{fileName}' is {probe.Width}x{probe.Height}; videos can be at most {MaxVideoSide} pixels on a side. Scale it down and upload again.");
        }

        var thumbnail = await VideoThumbnail.TryWriteAsync(tools, path, probe.DurationSeconds, thumbnailPath, cancellationToken);
        return new MediaFacts(
            MediaKind.Video,
            probe.Width,
            probe.Height,
            Positive(probe.DurationSeconds),
            Positive(probe.Fps),
            probe.FrameCount > 0 ? probe.FrameCount : null,
            thumbnail);
    }

    private async Task<MediaFacts> InspectAudioAsync(string path, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return AudioFacts(await Ffprobe.ProbeAudioAsync(path, tools, cancellationToken));
        }
        catch (RenderInputException e) when (!IsMissingTool(e))
        {
            throw Unreadable(fileName, "audio", e);
        }
    }

    private static MediaFacts AudioFacts(AudioProbe audio) =>
        new(MediaKind.Audio, null, null, Positive(audio.DurationSeconds), null, null, HasThumbnail: false);

    private async Task<MediaFacts> WithToolTimeoutAsync(string fileName, Func<CancellationToken, Task<MediaFacts>> inspect, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_toolTimeout <= TimeSpan.Zero)
        {
            // No time at all: out of time now (a zero CancelAfter fires on a timer, which a quick read can beat).
            await limit.CancelAsync();
        }
        else
        {
            limit.CancelAfter(_toolTimeout);
        }

        try
        {
            return await inspect(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                $"'{fileName}' took too long to read (over {_toolTimeout.TotalSeconds:0} seconds); it may be damaged. Re-export it and upload again.");
        }
        catch (RenderInputException e) when (IsMissingTool(e))
        {
            throw new VideoBackendException(ErrorKind.Unexpected, e.Message, e.Message, e);
        }
    }

    private static bool IsMissingTool(RenderInputException e) =>
        e.Message.StartsWith(FfmpegTools.NotInstalledMessage, StringComparison.Ordinal);

    private static VideoBackendException Unreadable(string fileName, string kind, Exception? inner) =>
        new(ErrorKind.InvalidInput,
            $"'{fileName}' could not be read as {kind}; it may be truncated or damaged. Export it again, or upload another file.",
            inner?.Message,
            inner);

    private static double? Positive(double value) => value > 0 && double.IsFinite(value) ? value : null;
}
