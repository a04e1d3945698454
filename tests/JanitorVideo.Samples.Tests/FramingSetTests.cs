using JanitorVideo.SampleArt;
using SkiaSharp;

namespace JanitorVideo.Samples.Tests;

/// <summary>
/// The framing test set tells the truth about its pictures: the boxes a framing test will judge
/// crops by are where the pixels are, busts and side cuts really touch their edges, the pixel art
/// is hard-edged in its palette, and the GIF plays as described. Everything is read back from
/// the encoded files, as a user or the renderer gets them.
/// </summary>
public sealed class FramingSetTests
{
    // Anti-aliasing may colour a pixel just outside a shape's geometry, or leave its last sliver clear.
    private const int Tolerance = 2;

    public static TheoryData<string> AllCases() => [.. FramingSet.All.Select(c => c.Name)];

    public static TheoryData<string> TransparentCases() => [.. FramingSet.All.Where(c => c.Transparent).Select(c => c.Name)];

    public static TheoryData<string> OpaqueCases() => [.. FramingSet.All.Where(c => !c.Transparent).Select(c => c.Name)];

    [Fact]
    public void All_HasTheNineCasesTheIssueNames_WithFileNameSafeNames()
    {
        Assert.Equal(
            ["bust-transparent", "bust-photo", "left-painted", "right-painted", "full-figure-white", "side-cut-transparent", "wide-group", "sprite-72", "sprite-walk-gif"],
            FramingSet.All.Select(c => c.Name));
        Assert.All(FramingSet.All, c => Assert.Matches("^[a-z0-9-]+$", c.Name));
    }

    [Theory]
    [MemberData(nameof(TransparentCases))]
    public void Transparent_AlphaBoundsEqualTheSubjectBox(string name)
    {
        var framingCase = FramingSet.Get(name);
        var frames = Decode(framingCase.Encode());
        try
        {
            var alpha = frames.Select(AlphaBounds).Aggregate(SKRectI.Union);

            AssertClose(framingCase.SubjectBox, alpha, $"{name}: subject box {framingCase.SubjectBox} against the alpha's {alpha}");
        }
        finally
        {
            Dispose(frames);
        }
    }

    [Theory]
    [MemberData(nameof(OpaqueCases))]
    public void Opaque_EveryPixelIsOpaque(string name)
    {
        using var picture = Decode(FramingSet.Get(name).Encode()).Single();

        Assert.Equal(0, picture.Pixels.Count(pixel => pixel.Alpha != 255));
    }

    [Fact]
    public void FullFigureWhite_NonWhitePixelsEqualTheSubjectBox_AndNothingIsCut()
    {
        var framingCase = FramingSet.Get("full-figure-white");
        using var picture = Decode(framingCase.Encode()).Single();

        var drawn = Bounds(picture, pixel => pixel != SKColors.White);

        AssertClose(framingCase.SubjectBox, drawn, $"subject box {framingCase.SubjectBox} against the non-white pixels' {drawn}");
        Assert.Equal(CutEdges.None, framingCase.CutEdges);
        Assert.True(framingCase.SubjectBox.Height > framingCase.Height * 0.85, "the figure stands head to feet over most of the height");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Heads_LieInsideTheSubject_AndTheSubjectInsideThePicture(string name)
    {
        var framingCase = FramingSet.Get(name);
        var picture = new SKRectI(0, 0, framingCase.Width, framingCase.Height);

        Assert.False(framingCase.SubjectBox.IsEmpty);
        Assert.True(picture.Contains(framingCase.SubjectBox), $"{name}: subject {framingCase.SubjectBox} outside the picture");
        Assert.NotEmpty(framingCase.Heads);
        Assert.All(framingCase.Heads, head =>
        {
            Assert.False(head.IsEmpty);
            Assert.True(framingCase.SubjectBox.Contains(head), $"{name}: head {head} outside the subject {framingCase.SubjectBox}");
            // A head is never what an edge cuts: the framing must be able to keep it whole.
            Assert.True(head.Left > 0 && head.Top > 0 && head.Right < framingCase.Width && head.Bottom < framingCase.Height, $"{name}: head {head} touches an edge");
        });
        Assert.Equal(framingCase.Heads.Aggregate(SKRectI.Union), framingCase.HeadBox);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Encoded_HasTheStatedSizeAndFormat(string name)
    {
        var framingCase = FramingSet.Get(name);
        var bytes = framingCase.Encode();
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));

        Assert.Equal(framingCase.Animated ? SKEncodedImageFormat.Gif : SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal(new SKSizeI(framingCase.Width, framingCase.Height), codec.Info.Size);
        Assert.EndsWith(framingCase.Animated ? ".gif" : ".png", framingCase.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void BustTransparent_IsCutStraightByTheBottomEdge_AcrossMoreThanAThirdOfTheWidth()
    {
        var framingCase = FramingSet.Get("bust-transparent");
        using var picture = Decode(framingCase.Encode()).Single();

        var opaqueAtTheBottom = Enumerable.Range(0, picture.Width).Count(x => picture.GetPixel(x, picture.Height - 1).Alpha == 255);

        Assert.True(opaqueAtTheBottom >= picture.Width / 3, $"{opaqueAtTheBottom} of {picture.Width} bottom pixels are opaque");
        Assert.Equal(CutEdges.Bottom, framingCase.CutEdges);
        Assert.Equal(Facing.Front, framingCase.Facing);
        Assert.True(framingCase.HeadBox.Bottom < framingCase.Height * 0.6, "the head sits in the upper part");
    }

    [Fact]
    public void BustPhoto_IsCutByTheBottomEdge()
    {
        var framingCase = FramingSet.Get("bust-photo");

        Assert.Equal(CutEdges.Bottom, framingCase.CutEdges);
        Assert.Equal(framingCase.Height, framingCase.SubjectBox.Bottom);
        Assert.False(framingCase.Transparent);
    }

    [Fact]
    public void SideCut_AlphaTouchesTheLeftColumn_ButNotTheHead()
    {
        var framingCase = FramingSet.Get("side-cut-transparent");
        using var picture = Decode(framingCase.Encode()).Single();

        var touching = Enumerable.Range(0, picture.Height).Count(y => picture.GetPixel(0, y).Alpha == 255);
        var rightColumn = Enumerable.Range(0, picture.Height).Count(y => picture.GetPixel(picture.Width - 1, y).Alpha > 0);

        Assert.True(touching >= 100, $"only {touching} opaque pixels in the left column");
        Assert.Equal(0, rightColumn);
        Assert.Equal(CutEdges.Left, framingCase.CutEdges);
        Assert.Equal(0, framingCase.SubjectBox.Left);
        Assert.True(framingCase.HeadBox.Left > 0);
    }

    [Fact]
    public void Painted_CharactersStandWhereTheIssueSays()
    {
        var left = FramingSet.Get("left-painted");
        var right = FramingSet.Get("right-painted");
        var group = FramingSet.Get("wide-group");

        Assert.InRange(left.HeadBox.MidX, left.Width * 0.18, left.Width * 0.32);
        Assert.Equal(Facing.Right, left.Facing);
        Assert.True(right.SubjectBox.Left >= right.Width * 2 / 3, $"the wizard {right.SubjectBox} is not in the right third");
        Assert.Equal(Facing.Left, right.Facing);
        Assert.Equal(3, group.Heads.Count);
        for (var i = 1; i < group.Heads.Count; i++)
        {
            Assert.True(group.Heads[i - 1].Right < group.Heads[i].Left, "the three heads stand side by side, left to right");
        }
    }

    [Theory]
    [InlineData("sprite-72")]
    [InlineData("sprite-walk-gif")]
    public void Sprite_HasHardEdges_AndOnlyItsPalettesColours(string name)
    {
        var framingCase = FramingSet.Get(name);
        var frames = Decode(framingCase.Encode());
        try
        {
            Assert.True(framingCase.PixelArt);
            Assert.Equal(1, framingCase.ArtPixelSize);
            Assert.InRange(framingCase.Palette.Count, 4, 12);
            var palette = framingCase.Palette.ToHashSet();
            var used = new HashSet<SKColor>();
            foreach (var frame in frames)
            {
                foreach (var pixel in frame.Pixels)
                {
                    Assert.True(pixel.Alpha is 0 or 255, $"{name}: a pixel with alpha {pixel.Alpha}");
                    if (pixel.Alpha == 255)
                    {
                        Assert.Contains(pixel, palette);
                        used.Add(pixel);
                    }
                }
            }
            Assert.True(used.Count >= 8, $"{name} uses only {used.Count} colours: not much of a drawing");
        }
        finally
        {
            Dispose(frames);
        }
    }

    [Fact]
    public void WalkGif_DecodesToItsFramesAndDurations_AndLoops()
    {
        var framingCase = FramingSet.Get("sprite-walk-gif");
        var bytes = framingCase.Encode();
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        var drawn = framingCase.DrawFrames();
        var decoded = Decode(bytes);
        try
        {
            Assert.Equal(4, codec.FrameCount);
            Assert.Equal([120, 120, 200, 120], codec.FrameInfo.Select(frame => frame.Duration));
            Assert.Equal(framingCase.FrameDurationsMs, codec.FrameInfo.Select(frame => frame.Duration));
            Assert.Equal(-1, codec.RepetitionCount);
            for (var i = 0; i < drawn.Count; i++)
            {
                Assert.Equal(drawn[i].Pixels, decoded[i].Pixels);
                Assert.NotEqual(decoded[i].Pixels, decoded[(i + 1) % decoded.Count].Pixels);
            }
        }
        finally
        {
            Dispose(drawn);
            Dispose(decoded);
        }
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Drawing_TwiceGivesTheSameBytes(string name)
    {
        var framingCase = FramingSet.Get(name);

        Assert.Equal(framingCase.Encode(), framingCase.Encode());
    }

    // Every frame of a PNG or GIF as a full canvas; Skia composes a frame onto the one it needs by itself.
    private static List<SKBitmap> Decode(byte[] bytes)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(bytes)) ?? throw new InvalidOperationException("Not an image.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        var frames = new List<SKBitmap>();
        for (var i = 0; i < Math.Max(1, codec.FrameCount); i++)
        {
            var frame = new SKBitmap(info);
            frame.Erase(SKColors.Transparent);
            Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, frame.GetPixels(), new SKCodecOptions(i)));
            frames.Add(frame);
        }
        return frames;
    }

    private static SKRectI AlphaBounds(SKBitmap picture) => Bounds(picture, pixel => pixel.Alpha > 0);

    private static SKRectI Bounds(SKBitmap picture, Func<SKColor, bool> drawn)
    {
        var pixels = picture.Pixels;
        int left = picture.Width, top = picture.Height, right = 0, bottom = 0;
        for (var y = 0; y < picture.Height; y++)
        {
            for (var x = 0; x < picture.Width; x++)
            {
                if (drawn(pixels[y * picture.Width + x]))
                {
                    left = Math.Min(left, x);
                    top = Math.Min(top, y);
                    right = Math.Max(right, x + 1);
                    bottom = Math.Max(bottom, y + 1);
                }
            }
        }
        return new SKRectI(left, top, right, bottom);
    }

    private static void AssertClose(SKRectI expected, SKRectI actual, string message)
    {
        Assert.True(Math.Abs(expected.Left - actual.Left) <= Tolerance && Math.Abs(expected.Top - actual.Top) <= Tolerance
            && Math.Abs(expected.Right - actual.Right) <= Tolerance && Math.Abs(expected.Bottom - actual.Bottom) <= Tolerance, message);
    }

    private static void Dispose(IEnumerable<SKBitmap> bitmaps)
    {
        foreach (var bitmap in bitmaps)
        {
            bitmap.Dispose();
        }
    }
}
