using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Studio.Rendering;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Studio.Tests.Rendering;

/// <summary>Drafts rendered for real (SkiaSharp pictures, FFmpeg, ffprobe), small and short so they are quick.</summary>
public sealed class DraftRendererTests : IDisposable
{
    private static readonly SKColor Red = new(200, 50, 40);
    private static readonly SKColor Blue = new(40, 60, 200);

    private readonly TempFolder _folder = new();
    private readonly DraftRenderer _renderer = new(FfmpegTools.Locate());
    private readonly Dictionary<string, string> _library = [];

    public void Dispose() => _folder.Dispose();

    private string? MediaPath(string id) => _library.GetValueOrDefault(id);

    private string Output => _folder.Combine("clip.mp4");

    private void Upload(string id, string path) => _library[id] = path;

    private void UploadScene(string id, string fileName, SKColor colour) => Upload(id, TestPictures.Scene(_folder.Combine(fileName), colour));

    /// <summary>The druid (red) and the sea (blue), two seconds each unless said, at 720x1280 and 24 fps.</summary>
    private static Draft TwoImages(long eachMs = 2000, string tracks = "") => Draft.Parse($$$"""
        {"t":[{"tt":0,"sg":[
          {"s":0,"d":{{{eachMs}}},"n":"druid","src":"m_druid","fx":{"motion":"push-in"}},
          {"s":{{{eachMs}}},"d":{{{eachMs}}},"n":"sea","src":"m_sea","fx":{"motion":"pan-left"}}]}{{{tracks}}}],
         "m":{"width":720,"height":1280,"fps":24,"aspect":"9:16"}}
        """);

    private Task<RenderedDraft> RenderAsync(Draft draft, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        _renderer.RenderAsync(draft, MediaPath, Output, "draft", progress, cancellationToken);

    [Fact]
    public async Task RenderAsync_OneImageWithABed_VerifiedMp4OfTheDraftsSizeAndLengthWithMusic()
    {
        UploadScene("m_druid", "druid.png", Red);
        var draft = Draft.Parse("""
            {"t":[{"tt":0,"sg":[{"s":0,"d":2000,"n":"druid","src":"m_druid","fx":{"motion":"idle","particles":["petals"],"grade":"warm"}}]},
                  {"tt":1,"sg":[{"s":0,"d":2000,"n":"Lo-fi","src":"bed:lo-fi","v":35}]},
                  {"tt":7,"sg":[{"s":0,"d":2000,"x":"The Druid","style":"title"}]}],
             "m":{"width":720,"height":1280,"fps":24,"aspect":"9:16"}}
            """);

        var rendered = await RenderAsync(draft);

        Assert.Equal(Output, rendered.OutputPath);
        Assert.Equal(("h264", "yuv420p", 720, 1280, 48), (rendered.Probe.VideoCodec, rendered.Probe.PixelFormat, rendered.Probe.Width, rendered.Probe.Height, rendered.Probe.FrameCount));
        Assert.Equal(2.0, rendered.Probe.DurationSeconds, 1);
        Assert.True(rendered.Probe.HasAudio);
        Assert.Equal("aac", rendered.Probe.AudioCodec);
        Assert.Equal(2.0, rendered.Probe.AudioDurationSeconds, 1);
        Assert.Equal(["clip.mp4", "clip.poster.jpg", "clip.preview.png", "druid.png"], _folder.Entries());
        Assert.Equal(rendered.PosterPath, _folder.Combine("clip.poster.jpg"));
        Assert.Equal(rendered.SheetPath, _folder.Combine("clip.preview.png"));
    }

    [Fact]
    public async Task RenderAsync_TwoImages_EachShotInTurnForTheSumOfTheirLengthsWithTheTitleInTheFirstOnly()
    {
        UploadScene("m_druid", "druid.png", Red);
        UploadScene("m_sea", "sea.png", Blue);
        var draft = TwoImages(tracks: """,{"tt":7,"sg":[{"s":0,"d":2000,"x":"THE DRUID","style":"title"}]}""");

        var rendered = await RenderAsync(draft);

        Assert.Equal(("h264", 720, 1280, 96), (rendered.Probe.VideoCodec, rendered.Probe.Width, rendered.Probe.Height, rendered.Probe.FrameCount));
        Assert.Equal(4.0, rendered.Probe.DurationSeconds, 1);
        Assert.False(rendered.Probe.HasAudio);

        var first = TestPictures.MeanColour(TestPictures.FrameAt(Output, 0.5));
        var second = TestPictures.MeanColour(TestPictures.FrameAt(Output, 2.5));
        Assert.True(first.Red > first.Blue + 60, $"the druid's shot is red: {first}");
        Assert.True(second.Blue > second.Red + 60, $"the sea's shot is blue: {second}");

        var titled = TestPictures.WhitePixelsAtTop(TestPictures.FrameAt(Output, 1.0), 720, 1280);
        var untitled = TestPictures.WhitePixelsAtTop(TestPictures.FrameAt(Output, 3.0), 720, 1280);
        Assert.True(titled > 1000, $"the title shows in the first shot ({titled} white pixels)");
        Assert.True(untitled < 50, $"no title in the second shot ({untitled} white pixels)");

        Assert.Equal(["clip.mp4", "clip.poster.jpg", "clip.preview.png", "druid.png", "sea.png"], _folder.Entries());
        using var sheet = SKBitmap.Decode(rendered.SheetPath);
        Assert.True(sheet.Width > sheet.Height, "the sheet has a tile for each shot, side by side");
    }

    [Fact]
    public async Task RenderAsync_TwoImages_SaysWhereTheTimeWentWithBothShotsAddedUpAndTheJoin()
    {
        UploadScene("m_druid", "druid.png", Red);
        UploadScene("m_sea", "sea.png", Blue);

        var rendered = await RenderAsync(TwoImages());

        Assert.True(rendered.Phases.Decode > TimeSpan.Zero && rendered.Phases.Frames > TimeSpan.Zero && rendered.Phases.Verify > TimeSpan.Zero,
            $"each shot's decode, frames and check count: {rendered.Phases}");
        Assert.True(rendered.Join > TimeSpan.Zero, "joining the shots takes time");
    }

    [Fact]
    public async Task RenderAsync_TwoImagesWithAnUploadedTrack_ProgressRisesToOneHundredAndTheMusicCoversTheWhole()
    {
        UploadScene("m_druid", "druid.png", Red);
        UploadScene("m_sea", "sea.png", Blue);
        Upload("m_song", TestPictures.Tone(_folder.Combine("song.wav")));
        var draft = TwoImages(eachMs: 1000, tracks: """,{"tt":1,"sg":[{"s":0,"d":2000,"n":"song","src":"m_song","v":80}]}""");
        var reports = new List<int>();

        var rendered = await RenderAsync(draft, new RecordingProgress(reports));

        Assert.Equal(0, reports[0]);
        Assert.Equal(100, reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.Second > pair.First), $"progress only rises: {string.Join(", ", reports)}");
        Assert.Contains(reports, percent => percent is > 40 and < 60);
        Assert.True(rendered.Probe.HasAudio);
        Assert.Equal(2.0, rendered.Probe.DurationSeconds, 1);
        Assert.Equal(2.0, rendered.Probe.AudioDurationSeconds, 1);
    }

    [Fact]
    public async Task RenderAsync_ImageGoneFromDisk_InvalidInputNamingItAndNoOutput()
    {
        UploadScene("m_druid", "druid.png", Red);
        Upload("m_sea", _folder.Combine("sea.png"));

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => RenderAsync(TwoImages()));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Equal("The image 'sea' is no longer in the project; upload it again.", error.Message);
        Assert.Equal(["druid.png"], _folder.Entries());
    }

    [Fact]
    public async Task RenderAsync_SoundWhereAPictureShouldBe_InvalidInputAndNoOutput()
    {
        UploadScene("m_druid", "druid.png", Red);
        Upload("m_sea", TestPictures.Tone(_folder.Combine("sea.wav")));

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => RenderAsync(TwoImages()));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("'sea'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["druid.png", "sea.wav"], _folder.Entries());
    }

    [Fact]
    public async Task RenderAsync_CancelledDuringTheSecondShot_NoOutputAndNoScratchLeft()
    {
        UploadScene("m_druid", "druid.png", Red);
        UploadScene("m_sea", "sea.png", Blue);
        using var cancel = new CancellationTokenSource();
        var progress = new RecordingProgress([], percent =>
        {
            if (percent >= 60)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RenderAsync(TwoImages(), progress, cancel.Token));

        Assert.Equal(["druid.png", "sea.png"], _folder.Entries());
    }

    [Fact]
    public async Task RenderAsync_OneImageCancelledWhileDrawing_NoOutputAndNoScratchLeft()
    {
        UploadScene("m_druid", "druid.png", Red);
        var draft = Draft.Parse("""{"t":[{"tt":0,"sg":[{"s":0,"d":2000,"n":"druid","src":"m_druid"}]}],"m":{"width":720,"height":1280,"fps":24}}""");
        using var cancel = new CancellationTokenSource();
        var progress = new RecordingProgress([], percent =>
        {
            if (percent >= 30)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RenderAsync(draft, progress, cancel.Token));

        Assert.Equal(["druid.png"], _folder.Entries());
    }

    [Fact]
    public async Task RenderAsync_VideoOnTheTimeline_AnimatesItsFirstFrame()
    {
        Upload("m_clip", TestPictures.Video(_folder.Combine("meadow.mp4"), "0x30B040"));
        var draft = Draft.Parse("""
            {"t":[{"tt":0,"sg":[{"s":0,"d":1000,"n":"meadow","src":"m_clip"}]}],"m":{"width":720,"height":1280,"fps":24}}
            """);

        var rendered = await RenderAsync(draft);

        var colour = TestPictures.MeanColour(TestPictures.FrameAt(rendered.OutputPath, 0.5));
        Assert.True(colour.Green > colour.Red + 40 && colour.Green > colour.Blue + 40, $"the meadow's green: {colour}");
        Assert.Equal(["clip.mp4", "clip.poster.jpg", "clip.preview.png", "meadow.mp4"], _folder.Entries());
    }

    /// <summary>Keeps every report in order, on the reporting thread (Progress&lt;T&gt; would reorder them).</summary>
    private sealed class RecordingProgress(List<int> reports, Action<int>? then = null) : IProgress<int>
    {
        private readonly Lock _gate = new();

        public void Report(int value)
        {
            lock (_gate)
            {
                reports.Add(value);
            }

            then?.Invoke(value);
        }
    }
}
