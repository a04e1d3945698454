using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;

namespace JanitorVideo.Render.Tests.Framing;

/// <summary>What the framing reads from a subject's mask: its head, its cut edges, a group, its facing.</summary>
public sealed class SubjectShapeTests
{
    private const int Width = 400;
    private const int Height = 600;

    [Fact]
    public void AFigureWithAStaff_TheHeadIsTheHeadNotTheStaffTop()
    {
        // A head (circle) on a body, and a thin staff rising higher beside it.
        var mask = Mask(fromAlpha: true, (x, y) =>
            Circle(x, y, 200, 150, 50) || (y >= 200 && y < 580 && x >= 120 && x < 280) || (x >= 320 && x < 330 && y >= 60 && y < 580));

        var shape = SubjectShape.Measure(mask);

        Assert.InRange(shape.Head.CenterX * Width, 180, 220);
        Assert.True(shape.Head.Left * Width <= 150 && shape.Head.Right * Width >= 250, $"the head {shape.Head} holds the whole circle");
        Assert.Equal(1, shape.Heads);
        Assert.Equal(CutEdges.None, shape.Cut);
    }

    [Fact]
    public void ABustCutAtTheBottom_IsCutAtTheBottomOnly()
    {
        var mask = Mask(fromAlpha: true, (x, y) => Circle(x, y, 200, 160, 70) || (y >= 230 && x >= 60 && x < 340));

        var shape = SubjectShape.Measure(mask);

        Assert.Equal(CutEdges.Bottom, shape.Cut);
        Assert.True(shape.Head.Top * Height <= 95, $"the head starts at the top of the hair ({shape.Head.Top * Height:F0})");
    }

    [Fact]
    public void AFigureLeaningInFromTheLeft_IsCutAtTheLeft()
    {
        var mask = Mask(fromAlpha: true, (x, y) => Circle(x, y, 150, 120, 50) || (y >= 170 && y < 560 && x < 220));

        Assert.Equal(CutEdges.Left, SubjectShape.Measure(mask).Cut);
    }

    [Fact]
    public void ThreeFiguresSideBySide_AreAGroupWhoseHeadsAllCount()
    {
        var mask = Mask(fromAlpha: false, (x, y) =>
            new[] { 70, 200, 330 }.Any(cx => Circle(x, y, cx, 200, 30) || (y >= 235 && y < 560 && Math.Abs(x - cx) < 45)));

        var shape = SubjectShape.Measure(mask);

        Assert.Equal(3, shape.Heads);
        Assert.True(shape.Head.Left * Width <= 40 && shape.Head.Right * Width >= 360, $"the heads {shape.Head} span all three");
        Assert.Equal(Facing.Front, shape.Facing);
    }

    [Theory]
    [InlineData(90, Facing.Right)]
    [InlineData(200, Facing.Front)]
    [InlineData(310, Facing.Left)]
    public void AFigureInAPainting_FacesIntoThePicture(int centreX, Facing facing)
    {
        var mask = Mask(fromAlpha: false, (x, y) => Circle(x, y, centreX, 150, 40) || (y >= 190 && y < 560 && Math.Abs(x - centreX) < 60));

        Assert.Equal(facing, SubjectShape.Measure(mask).Facing);
    }

    [Fact]
    public void ACutOut_HasNoCompositionToReadAndFacesTheViewer()
    {
        var mask = Mask(fromAlpha: true, (x, y) => Circle(x, y, 90, 150, 40) || (y >= 190 && y < 560 && Math.Abs(x - 90) < 60));

        Assert.Equal(Facing.Front, SubjectShape.Measure(mask).Facing);
    }

    private static bool Circle(int x, int y, int cx, int cy, int r) => (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;

    private static SubjectMask Mask(bool fromAlpha, Func<int, int, bool> inside)
    {
        var alpha = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                alpha[y * Width + x] = inside(x, y) ? (byte)255 : (byte)0;
            }
        }
        return SubjectMask.Measure(Width, Height, alpha, fromAlpha, isFallback: false);
    }
}
