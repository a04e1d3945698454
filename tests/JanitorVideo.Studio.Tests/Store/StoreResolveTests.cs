namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreResolveTests
{
    [Theory]
    [InlineData("media/ab/cd.png")]
    [InlineData("renders/r1.mp4")]
    [InlineData("media/../renders/r1.mp4")]
    public void Resolve_PathInsideFolder_ReturnsFullPathUnderFolder(string relative)
    {
        using var folder = new StoreFolder();

        var full = folder.Store.Resolve(relative);

        Assert.Equal(Path.GetFullPath(Path.Combine(folder.Path, relative)), full);
        Assert.StartsWith(folder.Store.Folder + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("media/../../x")]
    [InlineData("..")]
    [InlineData("")]
    public void Resolve_PathLeavingFolder_Refused(string relative)
    {
        using var folder = new StoreFolder();

        Assert.Throws<ArgumentException>(() => folder.Store.Resolve(relative));
    }

    [Fact]
    public void Resolve_SiblingFolderSharingPrefix_Refused()
    {
        using var folder = new StoreFolder();
        var sibling = "../" + Path.GetFileName(folder.Store.Folder) + "-evil/x";

        var error = Assert.Throws<ArgumentException>(() => folder.Store.Resolve(sibling));

        Assert.Contains("outside the store's folder", error.Message, StringComparison.Ordinal);
    }
}
