using JanitorVideo.Render.Motion;

namespace JanitorVideo.Render.Tests.Motion;

public sealed class MotionPathTests
{
    private const double Duration = 5;
    private const int Frames = 150;

    public static TheoryData<string> Presets => new(MotionPresets.All.Select(p => p.Name));

    private static FramePose[] Path(MotionSettings settings) =>
        Enumerable.Range(0, Frames).Select(i => MotionPath.At(settings, i * Duration / (Frames - 1), Duration)).ToArray();

    [Fact]
    public void PushIn_Zoom_RisesMonotonicallyAndEased()
    {
        var zooms = Path(new MotionSettings(MotionPresets.PushIn)).Select(p => p.Zoom).ToArray();

        Assert.All(zooms.Zip(zooms.Skip(1)), pair => Assert.True(pair.Second >= pair.First - 1e-12, "no back-and-forth"));
        Assert.Equal(1.0, zooms[0], 6);
        Assert.Equal(1.12, zooms[^1], 6);
        var firstStep = zooms[1] - zooms[0];
        var middleStep = zooms[Frames / 2] - zooms[Frames / 2 - 1];
        Assert.True(firstStep < middleStep / 50, "starts at rest");
    }

    [Fact]
    public void PullOut_Zoom_FallsMonotonically()
    {
        var zooms = Path(new MotionSettings(MotionPresets.PullOut)).Select(p => p.Zoom).ToArray();
        Assert.All(zooms.Zip(zooms.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1e-12));
        Assert.True(zooms[0] > zooms[^1]);
    }

    [Theory]
    [InlineData("pan-left", -1)]
    [InlineData("pan-right", 1)]
    public void Pan_CenterX_MovesOneWayOnly(string name, int direction)
    {
        var xs = Path(new MotionSettings(MotionPresets.Find(name)!)).Select(p => p.CenterX * direction).ToArray();
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second >= pair.First - 1e-12));
        Assert.True(xs[^1] - xs[0] > 0.05);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void EveryPreset_StaysInsideTheStage(string name)
    {
        foreach (var strength in new[] { 0.5, 1, 1.6 })
        {
            foreach (var pose in Path(new MotionSettings(MotionPresets.Find(name)!, Strength: strength, Speed: 1.4)))
            {
                var room = (1 - 1 / pose.Zoom) / 2;
                Assert.True(pose.Zoom >= 1);
                Assert.True(Math.Abs(pose.CenterX) <= room + 1e-12 && Math.Abs(pose.CenterY) <= room + 1e-12);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Loop_LastPoseFlowsIntoTheFirst(string name)
    {
        var settings = new MotionSettings(MotionPresets.Find(name)!, Loop: true);
        var first = MotionPath.At(settings, 0, Duration);
        var end = MotionPath.At(settings, Duration, Duration);
        var step = MotionPath.At(settings, Duration / Frames, Duration);

        Assert.Equal(first.Zoom, end.Zoom, 9);
        Assert.Equal(first.CenterX, end.CenterX, 9);
        Assert.Equal(first.CenterY, end.CenterY, 9);
        Assert.Equal(first.Breath, end.Breath, 9);
        Assert.Equal(first.Sway, end.Sway, 9);
        // And the motion continues smoothly: the step from the end back to the start is one ordinary step.
        Assert.True(Math.Abs(step.Sway - first.Sway) < 0.01);
    }

    [Fact]
    public void Idle_Character_BreathesAndSwaysWhileTheCameraRests()
    {
        var poses = Path(new MotionSettings(MotionPresets.Idle));
        Assert.All(poses, p => Assert.Equal(poses[0].Zoom, p.Zoom, 12));
        Assert.True(poses.Max(p => p.Breath) > 0.005);
        Assert.True(poses.Max(p => Math.Abs(p.Sway)) > 0.003);
    }

    [Fact]
    public void Strength_ScalesTheMove()
    {
        var subtle = MotionPath.At(new MotionSettings(MotionPresets.PushIn, Strength: 0.5), Duration, Duration);
        var strong = MotionPath.At(new MotionSettings(MotionPresets.PushIn, Strength: 1.5), Duration, Duration);
        Assert.True(strong.Zoom - 1 > 2 * (subtle.Zoom - 1));
    }

    [Theory]
    [InlineData(true, 0.7, "auto (idle + push-in)")]
    [InlineData(false, 1.34, "auto (parallax dolly)")]
    [InlineData(false, 0.66, "auto (parallax push-in)")]
    public void Auto_PicksFromTheImage(bool transparent, double aspect, string expected)
    {
        Assert.Equal(expected, MotionPresets.Auto(transparent, aspect).Name);
    }

    [Fact]
    public void FittedPeriod_DividesTheClip()
    {
        var period = Easing.FittedPeriod(4, 10);
        Assert.Equal(0, 10 / period % 1, 9);
        Assert.InRange(period, 3, 5);
    }
}
