using System.Buffers;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Ffmpeg;

public sealed class FfmpegEncoderTests
{
    private const int Width = 320;
    private const int Height = 240;

    [Fact]
    public async Task CompleteAsync_ThirtyFrames_WritesAPlayableH264Mp4()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("clip.mp4");

        MediaProbe probe;
        await using (var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30), output, GeneratedMedia.Tools))
        {
            await WriteFramesAsync(encoder, 30);
            probe = await encoder.CompleteAsync();
        }

        Assert.Equal("h264", probe.VideoCodec);
        Assert.Equal("yuv420p", probe.PixelFormat);
        Assert.Equal((Width, Height), (probe.Width, probe.Height));
        Assert.Equal(30, probe.FrameCount);
        Assert.Equal(30, probe.Fps, 3);
        Assert.Equal(1.0, probe.DurationSeconds, 0.05);
        Assert.False(probe.HasAudio);
        Assert.Equal(new FileInfo(output).Length, probe.SizeBytes);

        var reprobe = await Ffprobe.ProbeAsync(output, GeneratedMedia.Tools);
        Assert.Equal(probe with { }, reprobe);
        Assert.Equal(["clip.mp4"], FilesIn(folder));
    }

    [Fact]
    public async Task CompleteAsync_ExistingFile_IsReplaced()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("clip.mp4");
        await File.WriteAllTextAsync(output, "an older export");

        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 5), output, GeneratedMedia.Tools);
        await WriteFramesAsync(encoder, 5);
        await encoder.CompleteAsync();

        Assert.Equal(5, (await Ffprobe.ProbeAsync(output, GeneratedMedia.Tools)).FrameCount);
    }

    [Theory]
    [InlineData(EncodeQuality.Draft)]
    [InlineData(EncodeQuality.High)]
    public async Task CompleteAsync_EveryQuality_WritesTheClip(EncodeQuality quality)
    {
        using var folder = new TempFolder();
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 24, 12, quality), folder.Combine("clip.mp4"), GeneratedMedia.Tools);
        await WriteFramesAsync(encoder, 12);

        var probe = await encoder.CompleteAsync();

        Assert.Equal(12, probe.FrameCount);
        Assert.Equal(24, probe.Fps, 3);
    }

    [Fact]
    public async Task WriteFrameAsync_Progress_ReachesFrameCountInOrder()
    {
        using var folder = new TempFolder();
        var progress = new RecordingProgress();
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30), folder.Combine("clip.mp4"), GeneratedMedia.Tools, progress);

        await WriteFramesAsync(encoder, 30);
        await encoder.CompleteAsync();

        var reports = progress.Reports;
        Assert.Equal(new EncodeProgress(30, 30), reports[^1]);
        Assert.Equal(Enumerable.Range(1, 30), reports.Select(report => report.FramesDone));
        Assert.All(reports, report => Assert.Equal(30, report.FrameCount));
    }

    [Fact]
    public async Task WriteFrameAsync_WrongSize_ThrowsArgumentExceptionAndTheEncodeCarriesOn()
    {
        using var folder = new TempFolder();
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 10), folder.Combine("clip.mp4"), GeneratedMedia.Tools);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await encoder.WriteFrameAsync(new byte[Width * Height * 4]));
        Assert.Contains("115200", error.Message, StringComparison.Ordinal);

        await WriteFramesAsync(encoder, 10);
        Assert.Equal(10, (await encoder.CompleteAsync()).FrameCount);
    }

    [Fact]
    public async Task WriteFrameAsync_MoreFramesThanSettings_Throws()
    {
        using var folder = new TempFolder();
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 3), folder.Combine("clip.mp4"), GeneratedMedia.Tools);
        await WriteFramesAsync(encoder, 3);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await encoder.WriteFrameAsync(GeneratedMedia.MovingGradient(Width, Height, 3)));
    }

    [Fact]
    public async Task CompleteAsync_TooFewFrames_ThrowsAndLeavesNothing()
    {
        using var folder = new TempFolder();
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30), folder.Combine("clip.mp4"), GeneratedMedia.Tools);
        await WriteFramesAsync(encoder, 12);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => encoder.CompleteAsync());

        Assert.Contains("12 of 30", error.Message, StringComparison.Ordinal);
        Assert.Empty(FilesIn(folder));
    }

    [Fact]
    public async Task StartAsync_CancelledMidEncode_ThrowsOperationCanceledAndLeavesNoFile()
    {
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        var output = folder.Combine("clip.mp4");
        var progress = new RecordingProgress();
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 300), output, GeneratedMedia.Tools, progress, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                if (i == 150)
                {
                    await cancellation.CancelAsync();
                }

                await encoder.WriteFrameAsync(GeneratedMedia.MovingGradient(Width, Height, i));
            }
        });

        Assert.InRange(progress.Reports.Count, 1, 150);
        Assert.Empty(FilesIn(folder));
        await Assert.ThrowsAsync<InvalidOperationException>(() => encoder.CompleteAsync());
    }

    [Fact]
    public async Task CompleteAsync_Cancelled_ThrowsOperationCanceledAndLeavesNoFile()
    {
        using var folder = new TempFolder();
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30), folder.Combine("clip.mp4"), GeneratedMedia.Tools);
        await WriteFramesAsync(encoder, 30);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => encoder.CompleteAsync(new CancellationToken(canceled: true)));

        Assert.Empty(FilesIn(folder));
    }

    [Fact]
    public async Task DisposeAsync_WithoutComplete_LeavesNothing()
    {
        using var folder = new TempFolder();
        var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 60), folder.Combine("clip.mp4"), GeneratedMedia.Tools);
        await WriteFramesAsync(encoder, 20);

        await encoder.DisposeAsync();

        Assert.Empty(FilesIn(folder));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await encoder.WriteFrameAsync(GeneratedMedia.MovingGradient(Width, Height, 20)));
    }

    [Fact]
    public async Task WriteFrameAsync_FfmpegDiesMidStream_ThrowsWithItsLastWordsAndLeavesNothing()
    {
        using var folder = new TempFolder();
        var tools = GeneratedMedia.Tools with
        {
            Ffmpeg = GeneratedMedia.MakeFakeTool(folder.Path, "ffmpeg", "head -c 200000 > /dev/null\necho 'clip.mp4: No space left on device' >&2\nexit 1"),
        };
        var output = Path.Combine(folder.Path, "out", "clip.mp4");
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 60), output, tools);

        var error = await Assert.ThrowsAsync<FfmpegFailedException>(async () =>
        {
            await WriteFramesAsync(encoder, 60);
            await encoder.CompleteAsync();
        });

        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.ExitCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public async Task CompleteAsync_FfmpegWritesABrokenFile_ThrowsAndLeavesNothing()
    {
        using var folder = new TempFolder();
        var tools = GeneratedMedia.Tools with
        {
            Ffmpeg = GeneratedMedia.MakeFakeTool(folder.Path, "ffmpeg", "cat > /dev/null\nfor last; do :; done\nprintf 'not a movie' > \"${last#file:}\"\nexit 0"),
        };
        var output = Path.Combine(folder.Path, "out", "clip.mp4");
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 10), output, tools);
        await WriteFramesAsync(encoder, 10);

        var error = await Assert.ThrowsAsync<FfmpegFailedException>(() => encoder.CompleteAsync());

        Assert.Contains("not a playable MP4", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public async Task CompleteAsync_FfmpegLeavesAFileCutShort_ThrowsAndLeavesNothing()
    {
        using var folder = new TempFolder();
        // A real MP4 with its moov first, cut in the middle of its samples: ffprobe would still read its moov.
        var whole = folder.Combine("whole.mp4");
        await GeneratedMedia.MakeVideoAsync(whole, "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart");
        var bytes = await File.ReadAllBytesAsync(whole);
        var cut = folder.Combine("cut.bin");
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length * 3 / 4)]);
        var tools = GeneratedMedia.Tools with
        {
            Ffmpeg = GeneratedMedia.MakeFakeTool(folder.Path, "ffmpeg", $"cat > /dev/null\nfor last; do :; done\ncp '{cut}' \"${{last#file:}}\"\nexit 0"),
        };
        var output = Path.Combine(folder.Path, "out", "clip.mp4");
        await using var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 30), output, tools);
        await WriteFramesAsync(encoder, 30);

        var error = await Assert.ThrowsAsync<FfmpegFailedException>(() => encoder.CompleteAsync());

        Assert.Contains("not a playable MP4", error.Message, StringComparison.Ordinal);
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public async Task StartAsync_FfmpegMissing_ThrowsRenderInputExceptionWithInstallAdvice()
    {
        using var folder = new TempFolder();
        var tools = new FfmpegTools("/nonexistent/janitor/ffmpeg", "/nonexistent/janitor/ffprobe");

        var error = await Assert.ThrowsAsync<RenderInputException>(() => FfmpegEncoder.StartAsync(new EncodeSettings(Width, Height, 30, 10), folder.Combine("clip.mp4"), tools));

        Assert.StartsWith(FfmpegTools.NotInstalledMessage, error.Message, StringComparison.Ordinal);
        Assert.Empty(FilesIn(folder));
    }

    [Theory]
    [InlineData(321, 240, 30, 10, 20)]
    [InlineData(320, 240, 0, 10, 20)]
    [InlineData(320, 240, 30, 0, 20)]
    [InlineData(320, 240, 30, 10, 52)]
    public async Task StartAsync_ImpossibleSettings_ThrowsArgumentException(int width, int height, int fps, int frames, int crf)
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<ArgumentException>(() => FfmpegEncoder.StartAsync(new EncodeSettings(width, height, fps, frames, Crf: crf), folder.Combine("clip.mp4"), GeneratedMedia.Tools));
    }

    [Theory]
    [InlineData(64, 64, 120)] // many frames to a pipe's worth: each buffer is held until later ones follow
    [InlineData(1080, 1920, 12)] // a frame larger than the pipe
    public async Task CompleteAsync_BuffersReusedAtOnce_EveryFrameArrivesAsWritten(int width, int height, int frames)
    {
        using var folder = new TempFolder();
        var output = folder.Combine("levels.mp4");
        static byte Level(int frame) => (byte)(16 + (frame * 97 % 220));

        await using (var encoder = await FfmpegEncoder.StartAsync(new EncodeSettings(width, height, 30, frames), output, GeneratedMedia.Tools))
        {
            var frameBytes = encoder.Settings.FrameBytes;
            for (var i = 0; i < frames; i++)
            {
                // Rented and handed over without a copy: the pool gives the same arrays out again and
                // again, so a buffer back too early would be overwritten before FFmpeg read it.
                var buffer = ArrayPool<byte>.Shared.Rent(frameBytes);
                buffer.AsSpan(0, width * height).Fill(Level(i));
                buffer.AsSpan(width * height, frameBytes - (width * height)).Fill(128);
                await encoder.WriteRentedFrameAsync(buffer);
            }

            await encoder.CompleteAsync();
        }

        var luma = await GeneratedMedia.DecodeLumaAsync(output, width, height);
        Assert.Equal(frames, luma.Length);
        for (var i = 0; i < frames; i++)
        {
            var mean = luma[i].Average(b => (double)b);
            Assert.True(Math.Abs(mean - Level(i)) < 3, $"frame {i}: mean luma {mean:F1}, written {Level(i)}");
        }
    }

    internal static async Task WriteFramesAsync(FfmpegEncoder encoder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await encoder.WriteFrameAsync(GeneratedMedia.MovingGradient(encoder.Settings.Width, encoder.Settings.Height, i));
        }
    }

    internal static string[] FilesIn(TempFolder folder) => [.. Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order()!];
}
