using JanitorVideo.Studio.Rendering;
using JanitorVideo.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace JanitorVideo.Studio.Tests.Rendering;

public sealed class ClipInspectorTests
{
    [Fact]
    public async Task InspectAsync_DeliveredMp4_GivesItsFactsAndAContactSheet()
    {
        using var folder = new TempFolder();
        var mp4 = TestPictures.Video(folder.Combine("clip.mp4"), "teal");

        var facts = await new ClipInspector(NullLogger<ClipInspector>.Instance).InspectAsync(mp4, backendPreview: null);

        Assert.NotNull(facts);
        Assert.Equal((720, 1280, 30), (facts.Width, facts.Height, facts.FrameCount));
        Assert.Equal(1.0, facts.DurationSeconds, 0.05);
        Assert.True(File.Exists(facts.PreviewPath));
    }

    [Fact]
    public async Task InspectAsync_Mp4CutShort_GivesNoFacts()
    {
        using var folder = new TempFolder();
        var whole = folder.Combine("whole.mp4");
        TestArt.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart", whole);
        var bytes = await File.ReadAllBytesAsync(whole);
        // Its moov comes first and is whole, so ffprobe would still read it; its samples end early.
        var cut = folder.Write("cut.mp4", bytes[..(bytes.Length * 3 / 4)]);
        // The backend's own sheet is copied, so nothing but the reading of the file decides.
        var sheet = new Uri(folder.Write("backend-sheet.png", [0x89, .. "PNG"u8]));

        var facts = await new ClipInspector(NullLogger<ClipInspector>.Instance).InspectAsync(cut, sheet);

        Assert.Null(facts);
    }
}
