using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Tests.Media.Support;

namespace JanitorVideo.Studio.Tests.Media;

/// <summary>
/// Refusals whose cost is measured as the whole process's allocations, so they run alone:
/// a test running beside them would allocate into the same count.
/// </summary>
[Collection(nameof(ProcessWideMeasurements))]
public sealed class MediaInspectorAllocationTests
{
    [Fact]
    public async Task InspectAsync_PngHeaderClaiming30000x30000_IsRefusedBeforeDecoding()
    {
        using var area = new StoreLessIngest();
        var bomb = SamplePictures.PngHeaderOnly(30000, 30000);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.CheckAsync(new MemoryStream(bomb), "bomb.png", bomb.Length));

        // Decoding would need 3.6 GB; the header alone decides.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore < 8_000_000);
        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("30000x30000 (900 megapixels); the limit is 100 megapixels", error.Message, StringComparison.Ordinal);
        Assert.Empty(area.Files);
    }
}
