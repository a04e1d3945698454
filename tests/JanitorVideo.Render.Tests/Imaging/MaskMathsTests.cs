using JanitorVideo.Render.Imaging;

namespace JanitorVideo.Render.Tests.Imaging;

public sealed class MaskMathsTests
{
    [Fact]
    public void Otsu_TwoClusters_CutsBetweenThem()
    {
        var values = Enumerable.Repeat(0.1f, 700).Concat(Enumerable.Repeat(0.8f, 300)).ToArray();

        var (threshold, separability) = OtsuThreshold.Find(values);

        Assert.InRange(threshold, 0.1f, 0.8f);
        Assert.True(separability > 0.95f);
    }

    [Fact]
    public void Otsu_FlatValues_HaveNoSeparability()
    {
        Assert.Equal(0f, OtsuThreshold.Find(Enumerable.Repeat(0.4f, 100).ToArray()).Separability);
    }

    [Fact]
    public void FillHoles_Ring_BecomesADisc()
    {
        byte[] ring =
        [
            0, 0, 0, 0, 0,
            0, 1, 1, 1, 0,
            0, 1, 0, 1, 0,
            0, 1, 1, 1, 0,
            0, 0, 0, 0, 0,
        ];

        ConnectedRegions.FillHoles(ring, 5, 5);

        Assert.Equal(1, ring[12]);
        Assert.Equal(0, ring[0]);
    }

    [Fact]
    public void Label_TwoBlobs_AreCountedApart()
    {
        byte[] mask = [1, 1, 0, 1, 0, 0, 0, 0, 1];

        var (labels, sizes) = ConnectedRegions.Label(mask, 3, 3);

        Assert.Equal([0, 3, 1], sizes);
        Assert.NotEqual(labels[0], labels[8]);
    }

    [Fact]
    public void Open_RemovesASpeckAndKeepsABlock()
    {
        var mask = new byte[10 * 10];
        mask[(1 * 10) + 1] = 1;
        for (var y = 4; y < 9; y++)
        {
            for (var x = 4; x < 9; x++)
            {
                mask[(y * 10) + x] = 1;
            }
        }

        BinaryMorphology.Open(mask, 10, 10, radius: 1);

        Assert.Equal(0, mask[11]);
        Assert.Equal(25, mask.Count(v => v == 1));
    }

    [Fact]
    public void PushPull_FillsAGapBetweenTwoColoursWithColoursBetweenThem()
    {
        // A 1x8 strip: red on the left, blue on the right, unknown in the middle.
        var colour = new float[8 * 3];
        var weight = new float[8];
        for (var i = 0; i < 8; i++)
        {
            if (i is < 2 or > 5)
            {
                weight[i] = 1;
                colour[(i * 3) + (i < 2 ? 0 : 2)] = 1;
            }
        }

        PushPullFill.Fill(colour, weight, 8, 1, (0.5f, 0.5f, 0.5f));

        Assert.All(weight, w => Assert.Equal(1f, w));
        Assert.Equal(1f, colour[0]);
        for (var i = 2; i < 6; i++)
        {
            Assert.InRange(colour[i * 3] + colour[(i * 3) + 2], 0.99f, 1.01f);
            Assert.Equal(0f, colour[(i * 3) + 1], 3);
        }
        Assert.True(colour[2 * 3] > colour[5 * 3], "nearer red on the red side");
    }

    [Fact]
    public void PushPull_NothingKnown_UsesTheEmptyColour()
    {
        var colour = new float[4 * 3];
        var weight = new float[4];

        PushPullFill.Fill(colour, weight, 2, 2, (0.2f, 0.4f, 0.6f));

        Assert.Equal(0.4f, colour[(3 * 3) + 1], 4);
    }
}
