using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Text;
using JanitorVideo.SampleArt;
using SkiaSharp;
using ArtCut = JanitorVideo.SampleArt.CutEdges;

namespace JanitorVideo.Render.Tests.Framing;

/// <summary>
/// The framing on character art nobody tuned it for: the project's framing set (busts, characters
/// off-centre on painted backgrounds, a tall figure on white, a group, sprites), each with its
/// heads known from the drawing, in every frame shape and every motion preset. The head must stay
/// inside the frame's safe area in every sampled frame, and a cut edge must stay on the frame's edge.
/// </summary>
public sealed class FramingSetTests
{
    private static readonly OutputFormat[] Shapes = [OutputFormat.Portrait720, OutputFormat.Landscape720, OutputFormat.Square720];

    // Every twelfth of the clip, the first and the last frame included.
    private const int Fps = 12;
    private const double Seconds = 2;

    public static TheoryData<string, string> CasesAndShapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var framing in FramingSet.All)
        {
            foreach (var shape in Shapes)
            {
                data.Add(framing.Name, shape.Aspect);
            }
        }
        return data;
    }

    public static TheoryData<string, string> CutCasesAndShapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var framing in FramingSet.All.Where(c => c.CutEdges != ArtCut.None))
        {
            foreach (var shape in Shapes)
            {
                data.Add(framing.Name, shape.Aspect);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CasesAndShapes))]
    public void EveryHead_StaysInsideTheSafeArea_InEveryFrameOfEveryMotion(string name, string aspect)
    {
        var framing = FramingSet.Get(name);
        var format = Shapes.Single(shape => shape.Aspect == aspect);
        var safe = SafeArea.For(new SKSizeI(format.Width, format.Height));
        var problems = new List<string>();
        foreach (var preset in MotionPresets.All.Select(p => p.Name).Append(MotionPresets.AutoName))
        {
            using var scene = Prepare(framing, format, preset);
            for (var i = 0; i < scene.FrameCount; i++)
            {
                foreach (var head in framing.Heads)
                {
                    var box = FramedBox.At(scene.Scene, i, head, framing.Width, framing.Height);
                    if (box is not { } at)
                    {
                        problems.Add($"{preset} frame {i}: head {head} is out of the frame");
                    }
                    else if (at.Left < safe.Left - 0.5f || at.Right > safe.Right + 0.5f || at.Top < safe.Top - 0.5f || at.Bottom > safe.Bottom + 0.5f)
                    {
                        problems.Add($"{preset} frame {i}: head at {Show(at)}, safe area {Show(safe)}");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, $"{name} in {aspect}: {problems.Count} frames leave a head outside the safe area, e.g.\n{string.Join('\n', problems.Take(6))}");
    }

    [Theory]
    [MemberData(nameof(CutCasesAndShapes))]
    public void ACutEdge_StaysOnTheFramesEdge_InEveryFrameOfEveryMotion(string name, string aspect)
    {
        var framing = FramingSet.Get(name);
        var format = Shapes.Single(shape => shape.Aspect == aspect);
        var problems = new List<string>();
        foreach (var preset in MotionPresets.All.Select(p => p.Name).Append(MotionPresets.AutoName))
        {
            using var scene = Prepare(framing, format, preset);
            for (var i = 0; i < scene.FrameCount; i++)
            {
                if (framing.CutEdges.HasFlag(ArtCut.Bottom))
                {
                    // The frame's last row samples the picture's last row or above it: no gap under the cut.
                    var below = FramedBox.BelowPicture(scene.Scene, i, format.Height - 1, framing.Height);
                    if (below > 0.5)
                    {
                        problems.Add($"{preset} frame {i}: the bottom row samples {below:F1} rows below the cut");
                    }
                }
                if (framing.CutEdges.HasFlag(ArtCut.Left) && scene.Scene.Assets.Still.Layout.Faded.HasFlag(JanitorVideo.Render.Framing.CutEdges.Left))
                {
                    // Not against the frame's edge: then the cut side must have dissolved to nothing.
                    var strongest = LeftColumnAlpha(scene.Scene.Assets.Still.Subject!);
                    if (strongest > 8)
                    {
                        problems.Add($"{preset}: the faded cut side keeps alpha {strongest} at the picture's edge");
                    }
                }
                else if (framing.CutEdges.HasFlag(ArtCut.Left))
                {
                    // The picture's left edge, along the subject's rows, at or left of the frame's left edge.
                    var edge = FramedBox.At(scene.Scene, i, new SKRect(0, framing.SubjectBox.Top, 1, framing.SubjectBox.Bottom), framing.Width, framing.Height);
                    if (edge is { } at && at.Left > 0.5f)
                    {
                        problems.Add($"{preset} frame {i}: the cut side is {at.Left:F1} px inside the frame");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, $"{name} in {aspect}: {problems.Count} frames show the cut edge, e.g.\n{string.Join('\n', problems.Take(6))}");
    }

    [Theory]
    [InlineData("bust-transparent")]
    [InlineData("bust-photo")]
    public void ABust_FillsTheFrameSensibly_NotASmallIsland(string name)
    {
        var framing = FramingSet.Get(name);
        foreach (var format in Shapes)
        {
            using var scene = Prepare(framing, format, "idle");
            var box = FramedBox.At(scene.Scene, 0, framing.SubjectBox, framing.Width, framing.Height)!.Value;
            var shareOfHeight = box.Height / format.Height;
            Assert.True(shareOfHeight >= 0.55, $"{name} in {format.Aspect}: the bust is {shareOfHeight:P0} of the frame's height");
        }
    }

    [Fact]
    public void ACharacterOnTheLeftLookingRight_StaysOnTheLeftThird_AndTheLineSaysSo()
    {
        var framing = FramingSet.Get("left-painted");
        using var scene = Prepare(framing, OutputFormat.Landscape720, "auto");
        var head = FramedBox.At(scene.Scene, 0, framing.HeadBox, framing.Width, framing.Height)!.Value;
        var line = scene.Scene.Assets.Still.Layout.Choice.Describe(zh: false);

        Assert.InRange(head.MidX / 1280, 0.2, 0.45);
        Assert.Contains("left third", line, StringComparison.Ordinal);
        Assert.Contains("facing right", line, StringComparison.Ordinal);
        Assert.Contains("左侧三分之一", scene.Scene.Assets.Still.Layout.Choice.Describe(zh: true), StringComparison.Ordinal);
    }

    // A scene of an animated picture keeps (and frees) its decoded source: each scene gets its own.
    private static PreparedScene Prepare(FramingCase framing, OutputFormat format, string motion)
    {
        using var stream = new MemoryStream(framing.Encode());
        var source = ImageDecoder.Decode(stream);
        var plan = new AnimationPlan
        {
            ImagePath = "framing-set",
            Format = format,
            Fps = Fps,
            DurationSeconds = Seconds,
            Motion = motion,
            Light = new JanitorVideo.Render.Effects.LightSpec(FadeInSeconds: 0, FadeOutSeconds: 0, Vignette: 0),
        };
        try
        {
            return new PreparedScene(new ClipRenderer(new FfmpegTools("ffmpeg", "ffprobe")).Prepare(source, plan), plan.FrameCount);
        }
        finally
        {
            if (!source.IsAnimated)
            {
                source.Dispose();
            }
        }
    }

    private static unsafe int LeftColumnAlpha(SKBitmap cut)
    {
        var strongest = 0;
        for (var y = 0; y < cut.Height; y++)
        {
            strongest = Math.Max(strongest, (int)(((uint*)((byte*)cut.GetPixels() + (long)y * cut.RowBytes))[0] >> 24));
        }
        return strongest;
    }

    private static string Show(SKRect r) => $"({r.Left:F0},{r.Top:F0})–({r.Right:F0},{r.Bottom:F0})";

    private static string Show(SKRectI r) => $"({r.Left},{r.Top})–({r.Right},{r.Bottom})";

    private sealed class PreparedScene(FrameScene scene, int frameCount) : IDisposable
    {
        public FrameScene Scene { get; } = scene;

        public int FrameCount { get; } = frameCount;

        public void Dispose() => Scene.Dispose();
    }
}
