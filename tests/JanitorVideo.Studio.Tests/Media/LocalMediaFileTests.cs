using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;
using JanitorVideo.Studio.Media;
using JanitorVideo.Studio.Tests.Media.Support;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Media;

public sealed class LocalMediaFileTests
{
    [Fact]
    public void Open_Folder_SaysItIsAFolder()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<VideoBackendException>(() => LocalMediaFile.Open(folder.Path));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFile_IsNotFound()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<VideoBackendException>(() => LocalMediaFile.Open(Path.Combine(folder.Path, "nothing-here.png")));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Contains("There is no file at", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_SaysTheFileIsEmpty()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.png", []);

        var error = Assert.Throws<VideoBackendException>(() => LocalMediaFile.Open(path));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/proc/self/environ")]
    public void Open_DeviceOrProcFile_IsRefusedWithoutReadingIt(string path)
    {
        var error = Assert.Throws<VideoBackendException>(() => LocalMediaFile.Open(path));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hero\0.png")]
    [InlineData("hero\n.png")]
    [InlineData("   ")]
    public void Open_UnusablePath_IsRefusedWithWords(string path)
    {
        var error = Assert.Throws<VideoBackendException>(() => LocalMediaFile.Open(path));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_SparseFileOver200MB_IsRefusedBeforeItsBodyIsRead()
    {
        using var area = new StoreLessIngest();
        var path = Path.Combine(area.Folder, "huge.png");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.Write(SamplePictures.Png(8, 8));
            file.SetLength(MediaFormats.MaxUploadBytes + 1);
        }

        var (stream, length) = LocalMediaFile.Open(path);
        await using (stream)
        {
            var error = await Assert.ThrowsAsync<VideoBackendException>(() => area.Staging.StageAsync(stream, "huge.png", length, CancellationToken.None));

            Assert.Equal(ErrorKind.FileTooLarge, error.Kind);
            Assert.Contains("over the 200 MB limit", error.Message, StringComparison.Ordinal);
            Assert.Contains("Compress it", error.Message, StringComparison.Ordinal);
            Assert.True(stream.Position <= 64 * 1024, $"{stream.Position} bytes were read");
        }
        Assert.DoesNotContain(area.Files, f => f.StartsWith("media/", StringComparison.Ordinal));
    }
}
