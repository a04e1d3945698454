using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Preview;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Preview;

/// <summary>Previews made from a finished MP4 (a clip another backend rendered): a poster and a small sheet of four moments.</summary>
public sealed class VideoPreviewsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Write_FourSecondClip_WritesAPosterAndASheetOfFourMomentsUnderTheBudget()
    {
        var clip = folder.Combine("clip.mp4");
        // Red for 2 s, then blue: the sheet's first tile is red and its last is blue.
        TestArt.Ffmpeg("-f", "lavfi", "-i", "color=c=red:s=360x640:d=2:r=30", "-f", "lavfi", "-i", "color=c=blue:s=360x640:d=2:r=30",
            "-filter_complex", "[0:v][1:v]concat=n=2:v=1[v]", "-map", "[v]", "-c:v", "libx264", "-pix_fmt", "yuv420p", clip);

        var (poster, sheet) = await VideoPreviews.WriteAsync(clip, 4, FfmpegTools.Locate());

        using var posterImage = SKBitmap.Decode(poster);
        using var sheetImage = SKBitmap.Decode(sheet);
        Assert.Equal((360, 640), (posterImage.Width, posterImage.Height));
        Assert.True(new FileInfo(sheet).Length < PreviewWriter.SheetBudgetBytes);
        Assert.True(sheetImage.Width > 2 * sheetImage.Height, "four 9:16 tiles side by side");
        var first = sheetImage.GetPixel(sheetImage.Width / 8, sheetImage.Height / 2);
        var last = sheetImage.GetPixel(sheetImage.Width * 7 / 8, sheetImage.Height / 2);
        Assert.True(first.Red > 200 && first.Blue < 60, $"first tile should be red, is {first}");
        Assert.True(last.Blue > 200 && last.Red < 60, $"last tile should be blue, is {last}");
    }

    [Fact]
    public async Task Write_NotAVideo_FailsWithPlainWordsAndLeavesNoPreview()
    {
        var fake = folder.Write("fake.mp4", "not a video"u8.ToArray());

        var error = await Assert.ThrowsAsync<RenderInputException>(() => VideoPreviews.WriteAsync(fake, 4, FfmpegTools.Locate()));

        Assert.Contains("fake.mp4", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("fake.preview.png")));
    }

    public void Dispose() => folder.Dispose();
}
