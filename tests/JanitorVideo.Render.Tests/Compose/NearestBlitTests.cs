using JanitorVideo.Render.Compose;

namespace JanitorVideo.Render.Tests.Compose;

/// <summary>The whole-number nearest-neighbour blit: blocks of exactly the art's colours, clipped at the frame, composited over.</summary>
public sealed unsafe class NearestBlitTests
{
    private const uint Ground = 0xFF102030;
    private const uint Red = 0xFFFF0000;
    private const uint Blue = 0xFF0000FF;
    private const uint HalfWhite = 0x80808080;

    private static uint[] Draw(uint[] art, int artWidth, int scale, int left, int top, int width, int height, int split = 0, int lift = 0, int block = 1)
    {
        var frame = Enumerable.Repeat(Ground, width * height).ToArray();
        fixed (uint* target = frame)
        fixed (uint* source = art)
        {
            var pixels = new Pixels(source, artWidth, art.Length / artWidth, artWidth);
            NearestBlit.Draw(new Pixels(target, width, height, width), new ArtPixels(pixels, block), scale, left, top, split, lift);
        }

        return frame;
    }

    [Fact]
    public void Draw_EachArtPixelBecomesABlockOfItsColour_TransparentOnesLeaveTheGround()
    {
        uint[] art = [Red, 0, 0, Blue];

        var frame = Draw(art, 2, scale: 3, left: 1, top: 2, width: 8, height: 8);

        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                var expected = (x, y) switch
                {
                    ( >= 1 and < 4, >= 2 and < 5) => Red,
                    ( >= 4 and < 7, >= 5 and < 8) => Blue,
                    _ => Ground,
                };
                Assert.Equal(expected, frame[(y * 8) + x]);
            }
        }
    }

    [Fact]
    public void Draw_PartlyOutsideTheFrame_IsClippedWithoutShifting()
    {
        uint[] art = [Red, Blue, Blue, Red];

        var frame = Draw(art, 2, scale: 4, left: -2, top: -3, width: 5, height: 5);

        // Column 0 shows its last two pixels, row 0 its last one; the blocks stay on their grid.
        uint[] top = [Red, Red, Blue, Blue, Blue];
        uint[] rest = [Blue, Blue, Red, Red, Red];
        Assert.Equal([.. top, .. rest, .. rest, .. rest, .. rest], frame);
    }

    [Fact]
    public void Draw_PartlyTransparentPixel_IsCompositedOverTheGround()
    {
        var frame = Draw([HalfWhite], 1, scale: 2, left: 0, top: 0, width: 2, height: 2);

        Assert.All(frame, p => Assert.Equal(HalfWhite + RowSampler.Fade(Ground, 255 - 0x80), p));
    }

    [Fact]
    public void Draw_Lift_RaisesTheRowsAboveTheSplitByOneArtPixelAndRepeatsTheLastOfThem()
    {
        // Three rows: red, blue, red; the upper two (split 2) rise by one art row.
        uint[] art = [Red, Blue, Red];

        var frame = Draw(art, 1, scale: 2, left: 0, top: 2, width: 2, height: 8, split: 2, lift: 1);

        Assert.Equal([Red, Blue, Blue, Red], Enumerable.Range(0, 4).Select(row => frame[(row * 2 + 0) * 2]));
        Assert.All(Enumerable.Range(0, 8), y => Assert.Equal(frame[y * 2], frame[(y * 2) + 1]));
    }

    [Fact]
    public void Draw_ArtEnlargedBeforeUpload_IsReadOnePixelPerBlock()
    {
        // 2×2 art stored at 3×: 6×6 source pixels.
        var stored = new uint[36];
        for (var i = 0; i < 36; i++)
        {
            stored[i] = (i % 6 < 3) == (i / 6 < 3) ? Red : Blue;
        }

        var frame = Draw(stored, 6, scale: 1, left: 0, top: 0, width: 2, height: 2, block: 3);

        Assert.Equal([Red, Blue, Blue, Red], frame);
    }
}
