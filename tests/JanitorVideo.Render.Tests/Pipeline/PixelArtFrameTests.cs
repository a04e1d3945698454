using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Motion;
using JanitorVideo.Render.Pipeline;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Tests.Imaging.Media;
using JanitorVideo.TestSupport;
using SkiaSharp;

namespace JanitorVideo.Render.Tests.Pipeline;

/// <summary>
/// Pixel art as a viewer sees it in the composed frames (before light and colour; no particles, no
/// titles): every pixel is the backdrop or one of the art's own colours, each art pixel a whole
/// k×k block, and the art moves only by whole art pixels. Anything else renders as it always did.
/// </summary>
public sealed unsafe class PixelArtFrameTests : IDisposable
{
    private static readonly byte[] KnightArt = PixelSprites.Knight();
    private static readonly SKRectI KnightBounds = PixelSprites.Bounds(KnightArt);

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Knight() => TestArt.Save(PixelSprites.Bitmap(KnightArt), folder.Combine("knight.png"), SKEncodedImageFormat.Png);

    private static AnimationPlan Plan(string image, OutputFormat format, string motion, PixelArtMode pixelArt = PixelArtMode.Auto, int fps = 12) => new()
    {
        ImagePath = image,
        Format = format,
        Fps = fps,
        DurationSeconds = 2,
        Motion = motion,
        PixelArt = pixelArt,
    };

    /// <summary>A composed frame, and the backdrop alone through the same camera at the same instant.</summary>
    private sealed record Composed(uint[] Frame, uint[] Backdrop, int Width, int Height);

    private static List<Composed> Compose(AnimationPlan plan, IEnumerable<int> indices, out SceneStill still)
    {
        using var source = ImageDecoder.Decode(plan.ImagePath);
        var scene = new ClipRenderer(new FfmpegTools("ffmpeg", "ffprobe")).Prepare(source, plan);
        using (scene)
        using (var worker = new FrameWorker(scene))
        using (var backdrop = new SKBitmap(new SKImageInfo(scene.Width, scene.Height, SKColorType.Bgra8888, SKAlphaType.Premul)))
        {
            still = scene.Assets.Still;
            var layout = still.Layout;
            var scratch = new uint[layout.StageWidth + 8];
            var frames = new List<Composed>();
            foreach (var index in indices)
            {
                var frame = worker.Compose(index);
                var pose = MotionPath.At(scene.Assets.Motion, index / (double)plan.Fps, plan.DurationSeconds);
                RowSampler.DrawOpaque(Pixels.Of(still.Stage), Pixels.Of(backdrop),
                    new StageMap(pose, scene.Width, scene.Height, layout.StageWidth, layout.StageHeight, still.RowDepth), scratch);
                frames.Add(new Composed(Copy(frame), Copy(backdrop), scene.Width, scene.Height));
            }

            // The still's facts stay readable; its pixels are freed with the scene.
            return frames;
        }
    }

    private static uint[] Copy(SKBitmap bitmap) => new ReadOnlySpan<uint>((void*)bitmap.GetPixels(), bitmap.Width * bitmap.Height).ToArray();

    private static uint Premultiplied(SKColor colour) => (uint)colour.Alpha << 24 | (uint)colour.Red << 16 | (uint)colour.Green << 8 | colour.Blue;

    /// <summary>Palette index by frame pixel value (opaque colours only).</summary>
    private static Dictionary<uint, byte> PaletteOf(IEnumerable<int> indices) =>
        indices.ToDictionary(index => Premultiplied(PixelSprites.Palette[index]), index => (byte)index);

    private static readonly Dictionary<uint, byte> KnightPalette = PaletteOf(Enumerable.Range(1, 8));

    /// <summary>Where the art's colours are in a frame, and at what scale.</summary>
    private sealed record Placement(SKRectI Box, int Scale, int Lift);

    /// <summary>
    /// Checks one frame of the knight and says where it is: every pixel is the backdrop or a palette
    /// colour; the palette pixels form whole k×k blocks on one grid; read block by block they are the
    /// knight, whole, or with one row repeated (a breath).
    /// </summary>
    private static Placement CheckCrisp(Composed c, Dictionary<uint, byte> palette, byte[] art)
    {
        var bounds = PixelSprites.Bounds(art);
        int left = c.Width, top = c.Height, right = 0, bottom = 0;
        for (var y = 0; y < c.Height; y++)
        {
            for (var x = 0; x < c.Width; x++)
            {
                var p = c.Frame[(y * c.Width) + x];
                if (palette.ContainsKey(p))
                {
                    (left, right) = (Math.Min(left, x), Math.Max(right, x + 1));
                    (top, bottom) = (Math.Min(top, y), Math.Max(bottom, y + 1));
                }
                else if (p != c.Backdrop[(y * c.Width) + x])
                {
                    Assert.Fail($"pixel {x},{y} is {p:X8}: neither the backdrop ({c.Backdrop[(y * c.Width) + x]:X8}) nor a colour of the art");
                }
            }
        }

        Assert.True(right > left, "the art is not in the frame");
        var box = new SKRectI(left, top, right, bottom);
        Assert.True(box.Left > 0 && box.Top > 0 && box.Right < c.Width && box.Bottom < c.Height, $"the art {box} is cut by the frame's edge");
        Assert.True(box.Width % bounds.Width == 0, $"the art is {box.Width} pixels wide: not a whole multiple of its {bounds.Width} art pixels");
        var scale = box.Width / bounds.Width;
        Assert.True(box.Height % scale == 0, $"the art is {box.Height} pixels tall at scale {scale}");
        var rows = box.Height / scale;
        var lift = rows - bounds.Height;
        Assert.True(lift is 0 or 1, $"{rows} art rows for a {bounds.Height}-row knight");

        // Block by block: one palette colour throughout, or none at all.
        var seen = new byte[rows, bounds.Width];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < bounds.Width; column++)
            {
                var x0 = box.Left + (column * scale);
                var y0 = box.Top + (row * scale);
                var first = c.Frame[(y0 * c.Width) + x0];
                var index = palette.GetValueOrDefault(first);
                for (var y = y0; y < y0 + scale; y++)
                {
                    for (var x = x0; x < x0 + scale; x++)
                    {
                        var p = c.Frame[(y * c.Width) + x];
                        if (index == 0 ? palette.ContainsKey(p) : p != first)
                        {
                            Assert.Fail($"art pixel {column},{row} is not one block of one colour (at {x},{y})");
                        }
                    }
                }

                seen[row, column] = index;
            }
        }

        // The knight as drawn, with at most one row shown twice.
        int ArtAt(int row, int column) => art[((bounds.Top + row) * PixelSprites.Size) + bounds.Left + column];
        bool RowIs(int seenRow, int artRow) => Enumerable.Range(0, bounds.Width).All(column => seen[seenRow, column] == ArtAt(artRow, column));
        var repeats = lift == 0 ? [-1] : Enumerable.Range(1, rows - 1).Where(row => Enumerable.Range(0, bounds.Width).All(column => seen[row, column] == seen[row - 1, column]));
        Assert.Contains(repeats, repeat => Enumerable.Range(0, rows).Where(row => row != repeat).Select((row, artRow) => RowIs(row, artRow)).All(same => same));
        return new Placement(box, scale, lift);
    }

    public static TheoryData<string, string> FormatsAndMotions()
    {
        var data = new TheoryData<string, string>();
        foreach (var aspect in new[] { "9:16", "16:9", "1:1" })
        {
            foreach (var motion in new[] { "push-in", "pan-left", "idle", "parallax-orbit", "handheld" })
            {
                data.Add(aspect, motion);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndMotions))]
    public void Sprite_EveryFrame_WholeBlocksOfItsOwnColoursMovingByWholeArtPixels(string aspect, string motion)
    {
        var plan = Plan(Knight(), OutputFormat.For(aspect, 720), motion);

        var frames = Compose(plan, Enumerable.Range(0, plan.FrameCount), out var still);

        var placements = frames.Select(frame => CheckCrisp(frame, KnightPalette, KnightArt)).ToList();
        var first = placements[0];
        Assert.All(placements, placed =>
        {
            Assert.Equal(first.Scale, placed.Scale);
            Assert.True((placed.Box.Left - first.Box.Left) % first.Scale == 0, $"moved sideways by {placed.Box.Left - first.Box.Left} px at scale {first.Scale}");
            Assert.True((placed.Box.Bottom - first.Box.Bottom) % first.Scale == 0, $"moved up or down by {placed.Box.Bottom - first.Box.Bottom} px at scale {first.Scale}");
        });
        // As large as the framing's subject box allows in whole art pixels: one more would not fit.
        var box = still.Layout.Subject;
        var (width, height) = (plan.Format.Width, plan.Format.Height);
        Assert.True((first.Scale + 1) * KnightBounds.Width > box.Width * width || (first.Scale + 1) * KnightBounds.Height > box.Height * height,
            $"scale {first.Scale} leaves room in a {box.Width * width:F0}x{box.Height * height:F0} box");
        Assert.True(first.Box.Height >= height * 0.6, $"the knight is only {first.Box.Height} of {height} pixels tall");
    }

    [Fact]
    public void Sprite_Idle_BreathesOneArtPixelAndPans_MoveTheWholeSprite()
    {
        var idle = Plan(Knight(), OutputFormat.Portrait720, "idle");
        // In 16:9, where the knight has room to travel (in 9:16 it nearly fills the width, and the
        // camera keeps its head inside the safe area before it pans).
        var pan = Plan(Knight(), OutputFormat.Landscape720, "pan-left");

        var breaths = Compose(idle, Enumerable.Range(0, idle.FrameCount), out _).Select(frame => CheckCrisp(frame, KnightPalette, KnightArt)).ToList();
        var panned = Compose(pan, Enumerable.Range(0, pan.FrameCount), out _).Select(frame => CheckCrisp(frame, KnightPalette, KnightArt)).ToList();

        Assert.Contains(breaths, placed => placed.Lift == 1);
        Assert.Contains(breaths, placed => placed.Lift == 0);
        // The feet stay planted while the chest rises.
        Assert.Single(breaths.Select(placed => placed.Box.Bottom).Distinct());
        Assert.True(panned.Select(placed => placed.Box.Left).Distinct().Count() >= 3, "a pan should carry the knight across several art pixels");
    }

    [Fact]
    public void Sprite_UploadedAt4x_IsDrawnAtTheSameScaleAsItsNativeSize()
    {
        var native = Plan(Knight(), OutputFormat.Square720, "push-in");
        var enlarged = native with { ImagePath = TestArt.Save(PixelSprites.Bitmap(KnightArt, 4), folder.Combine("knight-4x.png"), SKEncodedImageFormat.Png) };

        var a = CheckCrisp(Compose(native, [0, 12], out _)[1], KnightPalette, KnightArt);
        var b = CheckCrisp(Compose(enlarged, [0, 12], out var still)[1], KnightPalette, KnightArt);

        Assert.Equal(4, still.PixelArt!.Block);
        Assert.Equal(a, b);
    }

    [Fact]
    public void AnimatedSprite_ShowsEachFrameAtItsOwnDelay_Crisp()
    {
        // Three frames of 120, 120 and 200 ms, told apart by the gem's colour; one pass lasts 0.44 s.
        var gif = folder.Write("knight.gif", PixelSprites.Gif((7, 12), (9, 12), (10, 20)));
        var plan = Plan(gif, OutputFormat.Portrait720, "idle", fps: 20);
        var moments = new[] { 0.05, 0.15, 0.30, 0.50, 0.60 };
        var expectedGems = new byte[] { 7, 9, 10, 7, 9 };

        var frames = Compose(plan, moments.Select(seconds => (int)Math.Round(seconds * plan.Fps)), out var still);

        Assert.NotNull(still.PixelArt);
        for (var i = 0; i < moments.Length; i++)
        {
            var gem = expectedGems[i];
            var art = PixelSprites.Knight(gem);
            var palette = PaletteOf([.. Enumerable.Range(1, 6), gem, 8]);
            var placed = CheckCrisp(frames[i], palette, art);
            var showing = new[] { 7, 9, 10 }.Where(index => frames[i].Frame.Contains(Premultiplied(PixelSprites.Palette[index]))).ToList();
            Assert.True(showing.SequenceEqual([gem]), $"at {moments[i]} s the gem is {string.Join(",", showing)}, not {gem}");
            Assert.True(placed.Scale >= 10);
        }
    }

    [Fact]
    public void OpaquePixelArt_WithMoreColoursThanAutoTakes_OnlyWhenAskedIsDrawnWholeCentredAndCrisp()
    {
        // 20×15 tiles of 4×4 pixels in 300 colours: pixel art the detector leaves alone (too many colours).
        var swatch = new SKBitmap(new SKImageInfo(80, 60, SKColorType.Bgra8888, SKAlphaType.Premul));
        var colours = new HashSet<uint>();
        for (var y = 0; y < 60; y++)
        {
            for (var x = 0; x < 80; x++)
            {
                var tile = (y / 4 * 20) + (x / 4);
                var colour = new SKColor((byte)(40 + (tile * 37 % 200)), (byte)(30 + (tile * 53 % 210)), (byte)(20 + (tile * 11 % 230)));
                swatch.SetPixel(x, y, colour);
                colours.Add(Premultiplied(colour));
            }
        }

        var path = TestArt.Save(swatch, folder.Combine("swatch.png"), SKEncodedImageFormat.Png);
        var auto = Compose(Plan(path, OutputFormat.Portrait720, "pan-up"), [0], out var smooth);
        var asked = Compose(Plan(path, OutputFormat.Portrait720, "pan-up", PixelArtMode.On), Enumerable.Range(0, 24), out var crisp);

        Assert.Null(smooth.PixelArt);
        Assert.NotNull(crisp.PixelArt);
        // Read at its 20×15 art pixels (4×4 tiles), it fills the width at 36×.
        Assert.Equal((4, 36), (crisp.PixelArt!.Block, crisp.PixelArt.Scale));
        foreach (var c in asked)
        {
            // 720×540, its tiles 36 pixels square, each one colour.
            var rows = Enumerable.Range(0, c.Height).Where(y => colours.Contains(c.Frame[y * c.Width])).ToList();
            Assert.Equal(540, rows.Count);
            Assert.Equal(rows[0] + 539, rows[^1]);
            Assert.Equal(0, (rows[0] - asked[0].Height / 2 + 270) % 36);
            for (var y = rows[0]; y <= rows[^1]; y++)
            {
                for (var x = 0; x < c.Width; x++)
                {
                    if (c.Frame[((y - ((y - rows[0]) % 36)) * c.Width) + x - (x % 36)] != c.Frame[(y * c.Width) + x])
                    {
                        Assert.Fail($"tile pixel {x},{y} differs from its tile");
                    }
                }
            }

            // Around it, the blurred backdrop.
            Assert.All(Enumerable.Range(0, c.Height).Except(rows), y => Assert.Equal(c.Backdrop[(y * c.Width) + 360], c.Frame[(y * c.Width) + 360]));
        }

        Assert.True(asked.Select(c => Array.FindIndex(c.Frame, p => colours.Contains(p))).Distinct().Count() > 1, "a tilt should move the picture");
    }

    [Fact]
    public void Sprite_SmoothAskedFor_IsDrawnAsBefore_WithBlendedEdges()
    {
        var plan = Plan(Knight(), OutputFormat.Square720, "push-in", PixelArtMode.Off);

        var frame = Compose(plan, [12], out var still)[0];

        Assert.Null(still.PixelArt);
        var blends = Enumerable.Range(0, frame.Frame.Length).Count(i => !KnightPalette.ContainsKey(frame.Frame[i]) && frame.Frame[i] != frame.Backdrop[i]);
        Assert.True(blends > 1000, $"{blends} blended pixels");
    }

    public static TheoryData<string> NotPixelArt() => ["druid", "character", "scene"];

    [Theory]
    [MemberData(nameof(NotPixelArt))]
    public void NotPixelArt_AutoRendersExactlyAsTheSmoothPath(string picture)
    {
        var path = picture switch
        {
            "druid" => RepositoryFolder.Combine("samples", "art", "druid.png"),
            "character" => TestArt.Save(TestArt.Character(), folder.Combine("hero.png"), SKEncodedImageFormat.Png),
            _ => TestArt.Save(TestArt.Scene(), folder.Combine("scene.png"), SKEncodedImageFormat.Png),
        };
        var indices = new[] { 0, 7, 16, 23 };

        var auto = Compose(Plan(path, OutputFormat.Square720, "parallax-orbit"), indices, out var autoStill);
        var off = Compose(Plan(path, OutputFormat.Square720, "parallax-orbit", PixelArtMode.Off), indices, out _);

        Assert.Null(autoStill.PixelArt);
        Assert.All(auto.Zip(off), pair => Assert.True(pair.First.Frame.AsSpan().SequenceEqual(pair.Second.Frame), "auto drew a picture that is not pixel art differently"));
    }

    [Fact]
    public void SceneCache_PixelArtMode_IsPartOfWhatIsPrepared()
    {
        var knight = Knight();
        var cache = new SceneCache(SceneCache.DefaultBudgetBytes);

        using var crisp = cache.Acquire(knight, OutputFormat.Square720, 1, PixelArtMode.Auto);
        using var smooth = cache.Acquire(knight, OutputFormat.Square720, 1, PixelArtMode.Off);
        using var again = cache.Acquire(knight, OutputFormat.Square720, 1, PixelArtMode.Auto);

        Assert.NotNull(crisp.Still.PixelArt);
        Assert.Null(smooth.Still.PixelArt);
        Assert.Same(crisp.Still, again.Still);
        Assert.Equal(1, cache.Hits);
    }
}
