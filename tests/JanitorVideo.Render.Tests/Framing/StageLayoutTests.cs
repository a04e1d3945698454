using JanitorVideo.Render.Framing;

namespace JanitorVideo.Render.Tests.Framing;

public sealed class StageLayoutTests
{
    [Fact]
    public void TransparentCharacter_Portrait_HeadInsideTheSafeAreaAndCentred()
    {
        var layout = StageLayout.For(OutputFormat.Portrait1080, 1000, 1500, transparentCharacter: true, (300, 100, 400, 1300));

        Assert.Equal(BackdropKind.Gradient, layout.Backdrop);
        Assert.True(layout.Subject.Top >= 0.2, $"head at {layout.Subject.Top:F3}: below the app UI and a title");
        Assert.InRange(layout.Subject.Height, 0.6, 0.75);
        Assert.InRange(layout.Subject.CenterX, 0.49, 0.51);
        Assert.True(layout.Subject.Bottom <= 0.95);
    }

    [Fact]
    public void WideScene_InPortrait_FillsMoreThanFitButKeepsABlurredBackdrop()
    {
        var layout = StageLayout.For(OutputFormat.Portrait1080, 1300, 970, transparentCharacter: false, (500, 300, 300, 500));

        Assert.Equal(BackdropKind.BlurredFill, layout.Backdrop);
        Assert.True(layout.ImageRect.Height < 1);
        Assert.True(layout.ImageRect.Width > 1, "cropped at the sides rather than a thin strip");
        Assert.InRange(layout.Subject.CenterX, 0.45, 0.55);
    }

    [Fact]
    public void SameAspect_CoversTheStage()
    {
        var layout = StageLayout.For(OutputFormat.Landscape1080, 1920, 1080, transparentCharacter: false, (800, 300, 300, 500));

        Assert.Equal(BackdropKind.None, layout.Backdrop);
        Assert.Equal(new NormalizedRect(0, 0, 1, 1), layout.ImageRect);
        Assert.Equal(2208, layout.StageWidth);
    }

    [Theory]
    [InlineData("9:16", 1080, 1080, 1920)]
    [InlineData("16:9", 720, 1280, 720)]
    [InlineData("square", 1080, 1080, 1080)]
    public void OutputFormat_ForAspect_GivesTheSize(string aspect, int shortSide, int width, int height)
    {
        Assert.Equal(new OutputFormat(width, height), OutputFormat.For(aspect, shortSide));
    }

    [Fact]
    public void OutputFormat_UnknownAspect_SaysWhichExist()
    {
        var error = Assert.Throws<RenderInputException>(() => OutputFormat.For("4:3"));
        Assert.Contains("9:16", error.Message);
    }
}
