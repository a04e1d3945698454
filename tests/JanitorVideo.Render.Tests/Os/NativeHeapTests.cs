using JanitorVideo.Render.Os;

namespace JanitorVideo.Render.Tests.Os;

public sealed class NativeHeapTests
{
    [Fact]
    public void KeepLargeBlocksApart_OnThisLinux_TakesEffect()
    {
        // CI and the machines we serve run glibc: if the call stops binding, the server's memory grows export by export again.
        Assert.Equal(OperatingSystem.IsLinux(), NativeHeap.KeepLargeBlocksApart());
    }
}
