using System.Buffers.Binary;
using System.Text;
using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Mp4;
using JanitorVideo.Render.Tests.Ffmpeg;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Render.Tests.Mp4;

/// <summary>
/// The box reader against ffprobe on files the real FFmpeg makes, and against files that are not
/// MP4, are fragmented, were cut short or lie about their sizes.
/// </summary>
public sealed class Mp4ProbeTests
{
    private const string Tone = "sine=frequency=440:sample_rate=48000";

    public static TheoryData<string, string[]> FfmpegFiles => new()
    {
        { "720x1280 H.264 with B-frames, moov first", [.. Picture("720x1280", "30", 1), .. X264("veryfast", "yuv420p"), "-movflags", "+faststart"] },
        { "1080x1080 H.264 at 29.97 fps", [.. Picture("1080x1080", "30000/1001", 0.5), .. X264("ultrafast", "yuv420p")] },
        { "64x48 H.264", [.. Picture("64x48", "25", 1), .. X264("ultrafast", "yuv420p")] },
        { "H.264 with moov at the end", [.. Picture("320x240", "24", 1), .. X264("veryfast", "yuv420p")] },
        { "H.264 with AAC, moov first", [.. Picture("320x240", "30", 2), "-f", "lavfi", "-i", Tone + ":duration=2", .. X264("veryfast", "yuv420p"), "-c:a", "aac", "-shortest", "-movflags", "+faststart"] },
        { "H.264 with AAC at 44.1 kHz, moov at the end", [.. Picture("320x240", "25", 1.5), "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=44100:duration=1.5", .. X264("ultrafast", "yuv420p"), "-c:a", "aac"] },
        { "H.264 4:4:4", [.. Picture("320x240", "30", 0.5), .. X264("ultrafast", "yuv444p")] },
        { "H.264 4:2:2", [.. Picture("320x240", "30", 0.5), .. X264("ultrafast", "yuv422p")] },
        { "H.264 10-bit", [.. Picture("320x240", "30", 0.5), .. X264("ultrafast", "yuv420p10le")] },
        { "H.264 full range", [.. Picture("320x240", "30", 0.5), .. X264("ultrafast", "yuvj420p")] },
        { "H.264 monochrome", [.. Picture("320x240", "30", 0.5), .. X264("ultrafast", "gray")] },
        { "H.264 RGB", [.. Picture("320x240", "30", 0.5), "-c:v", "libx264rgb", "-preset", "ultrafast"] },
        { "MPEG-4 part 2", [.. Picture("320x240", "30", 0.5), "-c:v", "mpeg4"] },
        { "HEVC", [.. Picture("320x240", "30", 0.5), "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error", "-tag:v", "hvc1"] },
    };

    [Theory]
    [MemberData(nameof(FfmpegFiles))]
    public async Task Read_FfmpegOutput_AgreesWithFfprobe(string what, string[] arguments)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        await GeneratedMedia.MakeVideoAsync(path, arguments);

        await AssertAgreesWithFfprobeAsync(path, what);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Read_OurEncodersClip_AgreesWithFfprobe(bool music)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        var settings = new EncodeSettings(320, 240, 30, 45, Music: music ? MusicSpec.FromBed(MusicBed.LoFi) : null);
        await using (var encoder = await FfmpegEncoder.StartAsync(settings, path, GeneratedMedia.Tools))
        {
            await FfmpegEncoderTests.WriteFramesAsync(encoder, 45);
            await encoder.CompleteAsync();
        }

        await AssertAgreesWithFfprobeAsync(path, music ? "our clip with music" : "our clip");
    }

    [Fact]
    public async Task Read_StreamCopyCutByAnEditList_AgreesWithFfprobe()
    {
        using var folder = new TempFolder();
        var source = folder.Combine("source.mp4");
        var path = folder.Combine("clip.mp4");
        await GeneratedMedia.MakeVideoAsync(source, [.. Picture("320x240", "30", 2), "-f", "lavfi", "-i", Tone + ":duration=2", .. X264("veryfast", "yuv420p"), "-c:a", "aac", "-shortest"]);
        // Copied from a moment between key frames: the samples from the key frame before it are kept, and the edit list hides them.
        await GeneratedMedia.MakeVideoAsync(path, "-ss", "0.3", "-i", source, "-t", "1.2", "-c", "copy");

        await AssertAgreesWithFfprobeAsync(path, "edited copy");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_MdatWithSixtyFourBitSizeOrSizeZero_AgreesWithFfprobe(bool sixtyFourBits)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        await GeneratedMedia.MakeVideoAsync(path, [.. Picture("320x240", "30", 1), .. X264("ultrafast", "yuv420p"), "-movflags", "+faststart"]);
        var bytes = await File.ReadAllBytesAsync(path);
        var mdat = BoxAt(bytes, "mdat");
        if (sixtyFourBits)
        {
            // FFmpeg leaves an 8-byte free box before mdat: the two headers become one 16-byte header, and no sample moves.
            var free = BoxAt(bytes, "free");
            Assert.Equal(mdat.At, free.At + 8);
            byte[] header = [.. Be32(1), .. "mdat"u8, .. Be64(mdat.Size + 8L)];
            header.CopyTo(bytes, free.At);
        }
        else
        {
            // Size 0: the box runs to the end of the file.
            Be32(0).CopyTo(bytes, mdat.At);
        }

        await File.WriteAllBytesAsync(path, bytes);

        await AssertAgreesWithFfprobeAsync(path, sixtyFourBits ? "64-bit mdat" : "mdat to the end");
    }

    [Fact]
    public async Task Read_RangeOnlyInTheColrBox_IsFullRangeAsFfprobeSays()
    {
        using var folder = new TempFolder();
        var plain = folder.Combine("plain.mp4");
        var path = folder.Combine("clip.mp4");
        // x264 says nothing of the range unless asked; the container's colr box then decides.
        await GeneratedMedia.MakeVideoAsync(plain, [.. Picture("320x240", "30", 0.5), .. X264("ultrafast", "yuv420p")]);
        await GeneratedMedia.MakeVideoAsync(path, "-i", plain, "-c", "copy", "-color_range", "pc", "-colorspace", "bt709", "-movflags", "+write_colr");

        Assert.Equal("yuvj420p", Mp4Probe.Read(path)?.PixelFormat);
        await AssertAgreesWithFfprobeAsync(path, "colr full range");
    }

    [Fact]
    public async Task Read_FragmentedMp4_ReturnsNull()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        await GeneratedMedia.MakeVideoAsync(path, [.. Picture("320x240", "30", 1), .. X264("ultrafast", "yuv420p"), "-movflags", "frag_keyframe+empty_moov"]);

        Assert.Null(Mp4Probe.Read(path));
    }

    [Fact]
    public async Task Read_Png_ReturnsNull()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("still.png");
        await GeneratedMedia.MakeImageAsync(path);

        Assert.Null(Mp4Probe.Read(path));
    }

    [Fact]
    public void Read_NoMoov_ReturnsNull()
    {
        using var folder = new TempFolder();
        var path = folder.Write("clip.mp4", [.. Ftyp, .. Box("mdat", new byte[100])]);

        Assert.Null(Mp4Probe.Read(path));
    }

    [Fact]
    public async Task Read_CutInTheMiddleOfMdatWithMoovFirst_ThrowsCutShort()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        await GeneratedMedia.MakeVideoAsync(path, [.. Picture("320x240", "30", 1), .. X264("ultrafast", "yuv420p"), "-movflags", "+faststart"]);
        var bytes = await File.ReadAllBytesAsync(path);
        var mdat = BoxAt(bytes, "mdat");
        await File.WriteAllBytesAsync(path, bytes[..(mdat.At + (mdat.Size / 2))]);

        var error = Assert.Throws<InvalidDataException>(() => Mp4Probe.Read(path));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MoovCut_ThrowsCutShort()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        await GeneratedMedia.MakeVideoAsync(path, [.. Picture("320x240", "30", 1), .. X264("ultrafast", "yuv420p")]);
        var bytes = await File.ReadAllBytesAsync(path);
        var moov = BoxAt(bytes, "moov");
        Assert.True(moov.At + moov.Size == bytes.Length, "Without +faststart FFmpeg writes moov last.");
        await File.WriteAllBytesAsync(path, bytes[..(moov.At + (moov.Size / 2))]);

        var error = Assert.Throws<InvalidDataException>(() => Mp4Probe.Read(path));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BoxLargerThanTheFile_IsRefused()
    {
        using var folder = new TempFolder();
        byte[] moov = [.. Be32(int.MaxValue), .. "moov"u8, .. new byte[64]];
        var path = folder.Write("clip.mp4", [.. Ftyp, .. moov]);

        var error = Assert.Throws<InvalidDataException>(() => Mp4Probe.Read(path));

        Assert.Contains("'moov'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    public void Read_BoxSmallerThanItsHeader_IsRefused(int size)
    {
        using var folder = new TempFolder();
        var path = folder.Write("clip.mp4", [.. Ftyp, .. Be32(size), .. "free"u8, .. new byte[64]]);

        var error = Assert.Throws<InvalidDataException>(() => Mp4Probe.Read(path));

        Assert.Contains("impossible size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SixtyFourBitSizePastTheFile_IsRefused()
    {
        using var folder = new TempFolder();
        byte[] huge = [.. Be32(1), .. "mdat"u8, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, .. new byte[64]];
        var path = folder.Write("clip.mp4", [.. Ftyp, .. huge]);

        Assert.Throws<InvalidDataException>(() => Mp4Probe.Read(path));
    }

    [Fact]
    public void Read_ChildLargerThanItsMoov_IsRefused()
    {
        using var folder = new TempFolder();
        byte[] trak = [.. Be32(1000), .. "trak"u8, .. new byte[16]];
        var path = folder.Write("clip.mp4", [.. Ftyp, .. Box("moov", trak), .. Box("free", new byte[2000])]);

        var error = Assert.Throws<InvalidDataException>(() => Mp4Probe.Read(path));

        Assert.Contains("'trak'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_AudioOnlyMp4_ThrowsNoVideoTrack()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("song.mp4");
        await GeneratedMedia.MakeVideoAsync(path, "-f", "lavfi", "-i", Tone + ":duration=1", "-c:a", "aac");

        var error = Assert.Throws<InvalidDataException>(() => Mp4Probe.Read(path));

        Assert.Contains("no video track", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovieRead_EveryByteOfARealMoovDamagedOrCut_GivesAProbeNullOrInvalidData()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("clip.mp4");
        await GeneratedMedia.MakeVideoAsync(path, [.. Picture("160x120", "30", 1), "-f", "lavfi", "-i", Tone + ":duration=1", .. X264("veryfast", "yuv420p"), "-c:a", "aac", "-movflags", "+faststart"]);
        var bytes = await File.ReadAllBytesAsync(path);
        var place = BoxAt(bytes, "moov");
        var moov = bytes[(place.At + 8)..(place.At + place.Size)];
        Assert.NotNull(Mp4Movie.Read(moov, bytes.Length));

        // Anything but a result, null or InvalidDataException (an index out of range, an overflow) fails here.
        for (var i = 0; i < moov.Length; i++)
        {
            foreach (var value in new byte[] { 0x00, 0xFF, (byte)(moov[i] ^ 0x80) })
            {
                var damaged = (byte[])moov.Clone();
                damaged[i] = value;
                ReadOrRefuse(damaged, bytes.Length);
            }

            ReadOrRefuse(moov[..i], bytes.Length);
        }
    }

    private static void ReadOrRefuse(byte[] moov, long fileSize)
    {
        try
        {
            Mp4Movie.Read(moov, fileSize);
        }
        catch (InvalidDataException)
        {
        }
    }

    private static async Task AssertAgreesWithFfprobeAsync(string path, string what)
    {
        var read = Mp4Probe.Read(path);
        var probed = await Ffprobe.ProbeAsync(path, GeneratedMedia.Tools);

        Assert.True(read is not null, $"{what}: the reader could not tell");
        Assert.Equal(probed.VideoCodec, read.VideoCodec);
        Assert.Equal(read.VideoCodec is "h264" or "hevc" ? probed.PixelFormat : string.Empty, read.PixelFormat);
        Assert.Equal((probed.Width, probed.Height), (read.Width, read.Height));
        Assert.Equal(probed.FrameCount, read.FrameCount);
        Assert.Equal(probed.Fps, read.Fps, 6);
        Assert.True(Math.Abs(read.DurationSeconds - probed.DurationSeconds) <= 1 / probed.Fps, $"{what}: {read.DurationSeconds} s read, {probed.DurationSeconds} s probed");
        Assert.Equal((probed.HasAudio, probed.AudioCodec), (read.HasAudio, read.AudioCodec));
        Assert.True(Math.Abs(read.AudioDurationSeconds - probed.AudioDurationSeconds) <= 0.05, $"{what}: music {read.AudioDurationSeconds} s read, {probed.AudioDurationSeconds} s probed");
        Assert.Equal(probed.SizeBytes, read.SizeBytes);
    }

    private static string[] Picture(string size, string rate, double seconds) =>
        ["-f", "lavfi", "-i", FormattableString.Invariant($"testsrc2=size={size}:rate={rate}:duration={seconds}")];

    private static string[] X264(string preset, string pixelFormat) => ["-c:v", "libx264", "-preset", preset, "-pix_fmt", pixelFormat];

    private static byte[] Ftyp => Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2avc1mp41"u8]);

    private static byte[] Box(string type, byte[] body) => [.. Be32(8 + body.Length), .. Encoding.ASCII.GetBytes(type), .. body];

    private static byte[] Be32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] Be64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    /// <summary>Where the top-level box of <paramref name="type"/> starts and how long it is.</summary>
    private static (int At, int Size) BoxAt(byte[] file, string type)
    {
        for (var at = 0; at + 8 <= file.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at));
            if (Encoding.ASCII.GetString(file, at + 4, 4) == type)
            {
                return (at, size);
            }

            at += size;
        }

        throw new InvalidOperationException($"No '{type}' box.");
    }
}
