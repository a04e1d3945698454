using JanitorVideo.Render.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Text;

public class TextRendererTests
{
    private static readonly FontCatalog Fonts = FontCatalog.Load();
    private static readonly SKSizeI Portrait = new(1080, 1920);
    private static readonly SKSizeI Landscape = new(1920, 1080);

    private const string LongEnglish =
        "A wandering druid wakes beneath the old oak and listens to the whispers of the forest as the morning light spills through the leaves";

    private const string LongChinese = "德鲁伊在古老的橡树下醒来，聆听森林的低语。晨光穿过树叶洒落下来，他站起身，走向远方的山谷，寻找失落的歌谣。";

    private static TextSprite Render(string text, TextRole role = TextRole.Title, SKSizeI? frame = null, TextPlacement placement = TextPlacement.Bottom, SKColor? color = null) =>
        TextRenderer.Render(new TextLayerSpec(text, role, 0, 5, placement, Color: color), frame ?? Portrait, Fonts);

    [Fact]
    public void Render_Hello_HasVisibleInkInAFastBitmapFormat()
    {
        using var sprite = Render("Hello");

        Assert.Equal(SKColorType.Bgra8888, sprite.Image.ColorType);
        Assert.Equal(SKAlphaType.Premul, sprite.Image.AlphaType);
        Assert.True(SpritePixels.Ink(sprite.Image) > 2000, "a 1080p title should put thousands of solid pixels on screen");
        Assert.Equal(["Hello"], sprite.Lines);
    }

    [Fact]
    public void Render_Chinese_HasVisibleInk()
    {
        using var sprite = Render("你好世界");

        Assert.True(SpritePixels.Ink(sprite.Image) > 2000);
    }

    [Fact]
    public void Render_Chinese_DrawsRealGlyphsNotBoxes()
    {
        // Missing-glyph boxes all look alike: different words would come out identical.
        using var hello = Render("你好");
        using var world = Render("世界");

        Assert.NotEqual(SpritePixels.Hash(hello.Image), SpritePixels.Hash(world.Image));
    }

    [Fact]
    public void Render_ChineseWithALatinOnlyFont_RefusesInsteadOfDrawingBoxes()
    {
        var latinOnly = FontCatalog.FromFiles(["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]);

        var error = Assert.Throws<RenderInputException>(() =>
            TextRenderer.Render(new TextLayerSpec("你好世界", TextRole.Title, 0, 5), Portrait, latinOnly));

        Assert.Contains("fonts-noto-cjk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MixedScripts_InksBothParts()
    {
        using var latin = Render("The Druid");
        using var mixed = Render("The Druid 德鲁伊");

        Assert.True(mixed.Image.Width > latin.Image.Width + 150, "the Chinese name should add visible width");
        Assert.True(SpritePixels.Ink(mixed.Image) > SpritePixels.Ink(latin.Image) * 1.2);
    }

    [Fact]
    public void Render_SameSpecTwice_GivesTheSamePixels()
    {
        using var first = Render("The Druid 德鲁伊 awakens", TextRole.Subtitle);
        using var second = Render("The Druid 德鲁伊 awakens", TextRole.Subtitle);

        Assert.Equal(SpritePixels.Hash(first.Image), SpritePixels.Hash(second.Image));
        Assert.Equal(first.Position, second.Position);
    }

    [Fact]
    public void Render_OnManyThreadsAtOnce_GivesTheSamePixelsAsOneByOne()
    {
        string[] texts = ["Hello", "你好世界", "The Druid 德鲁伊", "Ça va? 東京タワー", "서울의 밤", LongEnglish, LongChinese, "Party 🎉 time"];
        var expected = texts.Select(text => { using var sprite = Render(text, TextRole.Caption); return SpritePixels.Hash(sprite.Image); }).ToArray();

        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, i => { using var sprite = Render(texts[i], TextRole.Caption); parallel[i] = SpritePixels.Hash(sprite.Image); });

        Assert.Equal(expected, parallel);
    }

    public static TheoryData<TextRole, TextPlacement, string> Layers()
    {
        var data = new TheoryData<TextRole, TextPlacement, string>();
        foreach (var role in Enum.GetValues<TextRole>())
        {
            foreach (var placement in Enum.GetValues<TextPlacement>())
            {
                data.Add(role, placement, LongEnglish);
                data.Add(role, placement, LongChinese);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Render_Portrait_KeepsOutOfTheAppOverlays(TextRole role, TextPlacement placement, string text)
    {
        using var sprite = Render(text, role, Portrait, placement);
        var bounds = sprite.Bounds;

        Assert.True(bounds.Top >= 0.12 * 1920 - 1, $"top {bounds.Top} is under the app's top bar");
        Assert.True(bounds.Bottom <= 0.80 * 1920 + 1, $"bottom {bounds.Bottom} is under the app's buttons and caption");
        Assert.True(bounds.Left >= 0.08 * 1080 - 1, $"left {bounds.Left} is in the side margin");
        Assert.True(bounds.Right <= 0.92 * 1080 + 1, $"right {bounds.Right} is in the side margin");
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Render_Landscape_KeepsItsMargins(TextRole role, TextPlacement placement, string text)
    {
        using var sprite = Render(text, role, Landscape, placement);
        var bounds = sprite.Bounds;

        Assert.True(bounds.Left >= 0.05 * 1920 && bounds.Right <= 0.95 * 1920, $"{bounds} touches a side");
        Assert.True(bounds.Top >= 0.05 * 1080 && bounds.Bottom <= 0.95 * 1080, $"{bounds} touches the top or bottom");
    }

    [Fact]
    public void Render_IsCentredHorizontally()
    {
        using var sprite = Render("Hello", frame: Landscape);
        var middle = (sprite.Bounds.Left + sprite.Bounds.Right) / 2.0;

        Assert.InRange(middle, 960 - 3, 960 + 3);
    }

    [Fact]
    public void Render_Placements_StackFromTopToBottom()
    {
        using var top = Render("Hello", placement: TextPlacement.Top);
        using var centre = Render("Hello", placement: TextPlacement.Center);
        using var bottom = Render("Hello", placement: TextPlacement.Bottom);

        Assert.True(top.Bounds.Bottom < centre.Bounds.Top);
        Assert.True(centre.Bounds.Bottom < bottom.Bounds.Top);
        Assert.InRange((centre.Bounds.Top + centre.Bounds.Bottom) / 2.0, 960 - 40, 960 + 40);
    }

    [Fact]
    public void Render_At720pAnd1080p_TakesTheSameShareOfTheFrame()
    {
        using var small = Render("The Druid 德鲁伊", frame: new SKSizeI(720, 1280));
        using var large = Render("The Druid 德鲁伊", frame: Portrait);

        Assert.InRange(large.Image.Width / (double)small.Image.Width, 1.4, 1.6);
        Assert.InRange(large.Image.Height / (double)small.Image.Height, 1.4, 1.6);
        Assert.InRange(large.Bounds.Bottom / 1920.0 - small.Bounds.Bottom / 1280.0, -0.01, 0.01);
    }

    [Fact]
    public void Render_Roles_TitleIsBiggestAndCaptionSmallest()
    {
        using var title = Render("Hello", TextRole.Title);
        using var subtitle = Render("Hello", TextRole.Subtitle);
        using var caption = Render("Hello", TextRole.Caption);

        Assert.True(title.Image.Height > subtitle.Image.Height);
        Assert.True(subtitle.Image.Height > caption.Image.Height);
    }

    [Fact]
    public void Render_WithAColour_FillsTheTextWithIt()
    {
        static bool IsRed(SKColor c) => c.Alpha > 240 && c.Red > 200 && c.Green < 60 && c.Blue < 60;
        using var red = Render("Hello", color: SKColors.Red);
        using var white = Render("Hello");

        Assert.True(SpritePixels.Count(red.Image, IsRed) > 1000);
        Assert.Equal(0, SpritePixels.Count(white.Image, IsRed));
    }

    [Fact]
    public void Render_DefaultText_IsWhiteWithADarkEdge()
    {
        using var sprite = Render("Hello");

        Assert.True(SpritePixels.Count(sprite.Image, c => c.Alpha > 240 && c.Red > 240 && c.Green > 240 && c.Blue > 240) > 1000);
        Assert.True(SpritePixels.Count(sprite.Image, c => c.Alpha > 100 && c.Red < 60 && c.Green < 60 && c.Blue < 60) > 500);
    }

    [Fact]
    public void Render_DarkText_GetsALightEdgeSoItStillReads()
    {
        using var sprite = Render("Hello", color: SKColors.Black);

        Assert.True(SpritePixels.Count(sprite.Image, c => c.Alpha > 100 && c.Red > 200 && c.Green > 200 && c.Blue > 200) > 500);
    }

    [Fact]
    public void Render_ExplicitNewline_StartsANewLine()
    {
        using var sprite = Render("Hello\nWorld");

        Assert.Equal(["Hello", "World"], sprite.Lines);
    }

    [Fact]
    public void Render_LongTitle_WrapsToAtMostThreeLines()
    {
        using var sprite = Render(LongEnglish);

        Assert.Equal(3, sprite.Lines.Count);
        Assert.EndsWith("…", sprite.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TenThousandCharacters_IsCutToFourCaptionLines()
    {
        var text = string.Concat(Enumerable.Repeat("blah 文字 ", 1250))[..10_000];

        using var sprite = Render(text, TextRole.Caption);

        Assert.Equal(4, sprite.Lines.Count);
        Assert.EndsWith("…", sprite.Lines[^1], StringComparison.Ordinal);
        Assert.True(sprite.Bounds.Top >= 0.12 * 1920 - 1);
    }

    [Fact]
    public void Render_EmojiNoFontHas_IsLeftOutWithoutABox()
    {
        using var withEmoji = Render("Party 🎉 time");
        using var without = Render("Party time");

        Assert.Equal(SpritePixels.Hash(without.Image), SpritePixels.Hash(withEmoji.Image));
    }

    [Fact]
    public void Render_OnlyEmoji_ExplainsThatNothingCanBeDrawn()
    {
        var error = Assert.Throws<RenderInputException>(() => Render("🎉🎉", TextRole.Caption));

        Assert.Contains("caption", error.Message, StringComparison.Ordinal);
        Assert.Contains("emoji", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", TextRole.Title, "The title is empty")]
    [InlineData("   ", TextRole.Subtitle, "The subtitle is empty")]
    [InlineData(" \n\t ", TextRole.Caption, "The caption is empty")]
    public void Render_EmptyText_SaysWhichLayerIsEmpty(string text, TextRole role, string expected)
    {
        var error = Assert.Throws<RenderInputException>(() => Render(text, role));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 2)]
    [InlineData(-1, 2)]
    [InlineData(0, double.PositiveInfinity)]
    public void Render_ImpossibleTiming_IsRefused(double start, double end)
    {
        var error = Assert.Throws<RenderInputException>(() =>
            TextRenderer.Render(new TextLayerSpec("Hello", TextRole.Title, start, end), Portrait, Fonts));

        Assert.Contains("must start at 0 s or later and end after it starts", error.Message, StringComparison.Ordinal);
    }
}
