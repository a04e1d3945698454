using JanitorVideo.Studio.Machine;

namespace JanitorVideo.Studio.Tests.Machine;

public sealed class PrepareProcessTests
{
    [Fact]
    public void PrepareProcess_OnThisLinux_FixesTheNativeHeapsThreshold()
    {
        // CI and the machines we serve run glibc: if the call stops binding, the server's memory grows export by export again.
        Assert.Equal(OperatingSystem.IsLinux(), StudioPrerequisites.PrepareProcess());
    }
}
