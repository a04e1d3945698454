using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Effects;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Effects;

public sealed class ParticleSystemTests
{
    private const double Duration = 5;

    private static readonly SKSizeI Size = new(540, 960);

    public static TheoryData<ParticleKind> Kinds => new(Enum.GetValues<ParticleKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Draw_EveryKind_LeavesInkOnATransparentCanvas(ParticleKind kind)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind), Size, Duration, seed: 3, loop: true);

        int inked = ParticleCanvas.Inked(ParticleCanvas.Draw(system, Size, 1.0));

        Assert.True(inked > 30, $"{kind} left {inked} inked pixels");
        Assert.True(inked < Size.Width * Size.Height / 4, $"{kind} covered {inked} pixels, far too many");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Draw_SameSeed_SamePixels_OtherSeed_OtherPixels(ParticleKind kind)
    {
        using var first = new ParticleSystem(new ParticleSpec(kind), Size, Duration, seed: 11, loop: false);
        using var again = new ParticleSystem(new ParticleSpec(kind), Size, Duration, seed: 11, loop: false);
        using var other = new ParticleSystem(new ParticleSpec(kind), Size, Duration, seed: 12, loop: false);

        var pixels = ParticleCanvas.Draw(first, Size, 2.0);

        Assert.Equal(pixels, ParticleCanvas.Draw(again, Size, 2.0));
        Assert.NotEqual(pixels, ParticleCanvas.Draw(other, Size, 2.0));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Draw_OneFrameLater_ParticlesHaveMoved(ParticleKind kind)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind), Size, Duration, seed: 5, loop: true);

        var (largest, differing) = ParticleCanvas.Difference(ParticleCanvas.Draw(system, Size, 1.0), ParticleCanvas.Draw(system, Size, 1.0 + (1 / 30.0)));

        Assert.True(largest > 10 && differing > 20, $"{kind}: largest change {largest}, {differing} bytes changed");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Draw_FrontAndBehind_AreDifferentParticles(ParticleKind kind)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind), Size, Duration, seed: 8, loop: true);

        var behind = ParticleCanvas.Draw(system, Size, 1.5, ParticleLayer.Behind);
        var front = ParticleCanvas.Draw(system, Size, 1.5, ParticleLayer.Front);

        Assert.True(system.CountIn(ParticleLayer.Behind) > 0 && system.CountIn(ParticleLayer.Front) > 0);
        Assert.NotEqual(behind, front);
    }

    [Theory]
    [InlineData(ParticleKind.Snow)]
    [InlineData(ParticleKind.Petals)]
    [InlineData(ParticleKind.Fireflies)]
    [InlineData(ParticleKind.Dust)]
    public void Draw_BehindLayer_IsSmallerAndDimmerPerParticle(ParticleKind kind)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind, Density: 3), Size, Duration, seed: 21, loop: true);

        // Averaged over several moments so a few particles off-screen do not decide it.
        double behind = 0, front = 0;
        foreach (double t in new[] { 0.5, 1.5, 2.5, 3.5 })
        {
            behind += ParticleCanvas.Coverage(ParticleCanvas.Draw(system, Size, t, ParticleLayer.Behind));
            front += ParticleCanvas.Coverage(ParticleCanvas.Draw(system, Size, t, ParticleLayer.Front));
        }

        Assert.True(
            behind / system.CountIn(ParticleLayer.Behind) < 0.7 * front / system.CountIn(ParticleLayer.Front),
            $"behind {behind / system.CountIn(ParticleLayer.Behind):F1} vs front {front / system.CountIn(ParticleLayer.Front):F1} per particle");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Draw_Looping_LastMomentMatchesFirst(ParticleKind kind)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind, Density: 2), Size, Duration, seed: 13, loop: true);

        var (largest, differing) = ParticleCanvas.Difference(ParticleCanvas.Draw(system, Size, 0), ParticleCanvas.Draw(system, Size, Duration));

        Assert.True(largest <= 2 && differing <= 8, $"{kind}: largest difference {largest}, {differing} bytes differ");
    }

    [Theory]
    [InlineData(ParticleKind.Snow)]
    [InlineData(ParticleKind.Embers)]
    [InlineData(ParticleKind.Fireflies)]
    public void Draw_NotLooping_LastMomentDiffersFromFirst(ParticleKind kind)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind, Density: 2), Size, 4.3, seed: 13, loop: false);

        Assert.NotEqual(ParticleCanvas.Draw(system, Size, 0), ParticleCanvas.Draw(system, Size, 4.3));
    }

    [Theory]
    [InlineData(ParticleKind.Petals)]
    [InlineData(ParticleKind.Rain)]
    [InlineData(ParticleKind.Sparkles)]
    public void Draw_FromSeveralThreads_SameAsOneAtATime(ParticleKind kind)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind), Size, Duration, seed: 17, loop: true);
        double[] moments = Enumerable.Range(0, 12).Select(frame => frame / 3.0).ToArray();
        var sequential = moments.Select(t => ParticleCanvas.Draw(system, Size, t)).ToArray();

        var parallel = new byte[moments.Length][];
        Parallel.For(0, moments.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = ParticleCanvas.Draw(system, Size, moments[i]));

        Assert.Equal(sequential, parallel);
    }

    // Sprites are written straight into the frame; Skia's atlas drew them before. A viewer must not
    // see the change: the same light in all, each byte within a few levels of 255.
    [Theory]
    [InlineData(ParticleKind.Snow, 0x00000000u)]
    [InlineData(ParticleKind.Petals, 0xFF3C5A78u)]
    [InlineData(ParticleKind.Sparkles, 0x00000000u)]
    [InlineData(ParticleKind.Sparkles, 0xFF284664u)]
    [InlineData(ParticleKind.Fireflies, 0xFF202838u)]
    [InlineData(ParticleKind.Embers, 0xFFF0E0D0u)]
    [InlineData(ParticleKind.Dust, 0x00000000u)]
    public void Draw_SpritesWrittenDirectly_LookAsSkiasAtlasDrewThem(ParticleKind kind, uint background)
    {
        using var system = new ParticleSystem(new ParticleSpec(kind, Density: 2), Size, Duration, seed: 29, loop: true);
        foreach (double t in new[] { 0.4, 1.7, 3.1 })
        {
            var ours = ParticleCanvas.Draw(system, Size, t, new SKColor(background), useSkia: false);
            var skia = ParticleCanvas.Draw(system, Size, t, new SKColor(background), useSkia: true);

            var (largest, differing) = ParticleCanvas.Difference(ours, skia);
            var changed = ParticleCanvas.Difference(skia, ParticleCanvas.Draw(system, Size, t, new SKColor(background), useSkia: true, ParticleLayer.Behind));
            Assert.True(changed.Differing > 100, $"{kind} at {t} s: the front layer drew too little to compare ({changed.Differing} bytes)");
            // Rounding differs (Skia's 8-bit pipeline against ours), by a level or two: never a pixel out of place.
            Assert.True(largest <= 4, $"{kind} at {t} s: largest difference {largest}, {differing} bytes differ by more than one (the front layer alone changes {changed.Differing})");
            Assert.Equal(ParticleCanvas.Coverage(skia), ParticleCanvas.Coverage(ours), Size.Width * Size.Height * 0.0005);
        }
    }

    [Fact]
    public void Density_ScalesHowManyAndNoneDrawsNothing()
    {
        using var usual = new ParticleSystem(new ParticleSpec(ParticleKind.Snow), Size, Duration, 1, true);
        using var double_ = new ParticleSystem(new ParticleSpec(ParticleKind.Snow, Density: 2), Size, Duration, 1, true);
        using var none = new ParticleSystem(new ParticleSpec(ParticleKind.Snow, Density: 0), Size, Duration, 1, true);

        Assert.InRange(double_.Count, (2 * usual.Count) - 1, (2 * usual.Count) + 1);
        Assert.Equal(0, ParticleCanvas.Inked(ParticleCanvas.Draw(none, Size, 1)));
    }

    [Fact]
    public void Count_FollowsFrameAreaAndStaysWithinAFewHundred()
    {
        using var portrait = new ParticleSystem(new ParticleSpec(ParticleKind.Rain), new SKSizeI(1080, 1920), Duration, 1, true);
        using var small = new ParticleSystem(new ParticleSpec(ParticleKind.Rain), new SKSizeI(540, 960), Duration, 1, true);
        using var dense = new ParticleSystem(new ParticleSpec(ParticleKind.Rain, Density: 5), new SKSizeI(1080, 1920), Duration, 1, true);

        Assert.InRange(small.Count, (portrait.Count / 4) - 1, (portrait.Count / 4) + 1);
        Assert.InRange(dense.Count, 1, 400);
    }

    [Theory]
    [InlineData(-1f, 1f)]
    [InlineData(float.NaN, 1f)]
    [InlineData(6f, 1f)]
    [InlineData(1f, 0f)]
    [InlineData(1f, 99f)]
    public void Constructor_OutOfRangeSpec_ThrowsRenderInputException(float density, float speed)
    {
        Assert.Throws<RenderInputException>(() => new ParticleSystem(new ParticleSpec(ParticleKind.Dust, density, speed), Size, Duration, 1, true));
    }

    [Fact]
    public void Constructor_NoDuration_ThrowsRenderInputException()
    {
        Assert.Throws<RenderInputException>(() => new ParticleSystem(new ParticleSpec(ParticleKind.Dust), Size, 0, 1, true));
    }

    [Fact]
    public void Draw_AfterDispose_Throws()
    {
        var system = new ParticleSystem(new ParticleSpec(ParticleKind.Snow), Size, Duration, 1, true);
        system.Dispose();

        using var bitmap = new SKBitmap(8, 8);
        using var canvas = new SKCanvas(bitmap);
        Assert.Throws<ObjectDisposedException>(() => system.Draw(canvas, Pixels.Of(bitmap), 0, ParticleLayer.Front));
    }
}
