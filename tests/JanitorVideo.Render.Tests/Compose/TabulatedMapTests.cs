using JanitorVideo.Render.Compose;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Motion;

namespace JanitorVideo.Render.Tests.Compose;

public sealed class TabulatedMapTests
{
    // A subject mid-breath, swaying and bobbing, under a pushed-in, panned camera.
    private static readonly SubjectMap Subject = new(
        new FramePose(Zoom: 1.12, CenterX: 0.02, CenterY: -0.01, DepthShear: 0.03, SubjectOffsetX: 0.01, SubjectOffsetY: -0.005,
            SubjectZoom: 1.04, Breath: 0.012, Sway: 0.02, Bob: 0.006),
        frameWidth: 540, frameHeight: 960, stageWidth: 621, stageHeight: 1104,
        new NormalizedRect(0.2, 0.15, 0.6, 0.8), layerWidth: 410, layerHeight: 811, new NormalizedRect(0.25, 0.2, 0.5, 0.75));

    [Fact]
    public void Row_EveryRow_IsExactlyTheMapsOwn()
    {
        var table = TabulatedMap.Of(Subject, 960, new double[960 * 3]);

        for (var y = 0; y < 960; y++)
        {
            Subject.Row(y, out var srcY, out var scaleX, out var offsetX);
            table.Row(y, out var tabulatedY, out var tabulatedScale, out var tabulatedOffset);
            Assert.Equal((srcY, scaleX, offsetX), (tabulatedY, tabulatedScale, tabulatedOffset));
        }
    }

    [Fact]
    public void Of_ArrayTooShortForTheRows_IsRefused()
    {
        var rows = new double[(960 * 3) - 1];

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => TabulatedMap.Of(Subject, 960, rows));

        Assert.Equal("rows", refused.ParamName);
        Assert.All(rows, value => Assert.Equal(0, value));
    }
}
