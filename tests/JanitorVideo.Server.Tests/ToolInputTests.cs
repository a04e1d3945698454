using JanitorVideo.Server.Tests.Support;
using JanitorVideo.TestSupport;
using ModelContextProtocol;
using SkiaSharp;

namespace JanitorVideo.Server.Tests;

/// <summary>Bad input gets a clear, actionable error before any backend is touched, and leaves nothing behind.</summary>
public sealed class ToolInputTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private readonly TempFolder folder = new();
    private InProcessMcp mcp = null!;

    public async Task InitializeAsync() => mcp = await InProcessMcp.StartAsync(Settings.For(folder));

    public async Task DisposeAsync()
    {
        await mcp.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Upload_NoFiles_AsksForAPathOrLink()
    {
        var result = await mcp.Client.CallAsync("upload", new { files = Array.Empty<string>() });
        result.AssertPlainError("InvalidInput", "at least one file");
    }

    [Fact]
    public async Task Upload_MissingFile_SaysWhereItLooked()
    {
        var missing = Path.Combine(folder.Path, "nope.png");
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { missing } });
        result.AssertPlainError("NotFound", $"No file at '{missing}'");
    }

    [Fact]
    public async Task Upload_Folder_AsksForAFileInside()
    {
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { folder.Path } });
        result.AssertPlainError("InvalidInput", "is a folder");
    }

    [Fact]
    public async Task Upload_EmptyFile_SaysItIsEmpty()
    {
        var empty = folder.Write("empty.png", []);
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { empty } });
        result.AssertPlainError("UnsupportedFileType", "empty (0 bytes)");
    }

    [Fact]
    public async Task Upload_TextRenamedToPng_SaysTheContentIsNotPngAndListsFormats()
    {
        var fake = folder.Write("hero.png", "just some text, not pixels"u8.ToArray());
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { fake } });
        result.AssertPlainError("UnsupportedFileType", "content is not PNG");
        Assert.Contains("JPEG, PNG, GIF, WEBP", result.Text());
    }

    [Fact]
    public async Task Upload_TraversalToSystemFile_RefusedByContentWithoutEchoingThePath()
    {
        var hostile = Path.Combine(folder.Path, "..", "..", "..", "..", "..", "..", "etc", "passwd");
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { hostile } });
        result.AssertPlainError("UnsupportedFileType", "'passwd' is not a format I can use");
    }

    [Fact]
    public async Task Upload_DeviceFile_RefusedAsEmpty()
    {
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { "/dev/zero" } });
        result.AssertPlainError("UnsupportedFileType", "empty");
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/hero.png")]
    [InlineData("http://localhost/hero.png")]
    [InlineData("http://[::1]/hero.png")]
    [InlineData("http://10.0.0.7/hero.png")]
    [InlineData("http://192.168.1.20/hero.png")]
    [InlineData("http://172.20.0.3/hero.png")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/latest")]
    [InlineData("http://0x7f000001/hero.png")]
    public async Task Upload_PrivateNetworkLink_Refused(string url)
    {
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { url } });
        result.AssertPlainError("InvalidInput", "private network");
    }

    [Theory]
    [InlineData("ftp://example.com/hero.png", "Only http(s) links")]
    [InlineData("https://user:secret@example.com/hero.png", "user name or password")]
    public async Task Upload_UnusableLink_SaysWhy(string url, string expected)
    {
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { url } });
        result.AssertPlainError("InvalidInput", expected);
        Assert.DoesNotContain("secret", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FileOverTwoHundredMegabytes_SuggestsCompressing()
    {
        var huge = folder.Write("huge.png", Png);
        using (var stream = new FileStream(huge, FileMode.Open))
        {
            stream.SetLength(200L * 1024 * 1024 + 1); // sparse: no 200 MB written to disk
        }
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { huge } });
        result.AssertPlainError("FileTooLarge", "over the 200 MB limit");
        Assert.Contains("Compress", result.Text());
    }

    [Fact]
    public async Task Upload_TooManyFiles_SaysTheLimit()
    {
        var files = Enumerable.Range(0, 21).Select(i => folder.Write($"f{i}.png", Png)).ToArray();
        var result = await mcp.Client.CallAsync("upload", new { files });
        result.AssertPlainError("InvalidInput", "at most 20");
    }

    [Fact]
    public async Task Upload_TruncatedPng_IsRefusedAsDamagedAndNothingIsStored()
    {
        var image = folder.Write("hero.png", Png);
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { image } });
        result.AssertPlainError("InvalidInput", "hero.png");
        var state = await mcp.Client.CallAsync("get_state");
        Assert.Contains("empty", state.Text(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Upload_GoodImage_IsStoredInTheProjectWithItsSize()
    {
        using var art = TestArt.Character(120, 180);
        var image = TestArt.Save(art, Path.Combine(folder.Path, "hero.png"), SKEncodedImageFormat.Png);
        var result = await mcp.Client.CallAsync("upload", new { files = new[] { image } });
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("120x180", result.Text(), StringComparison.Ordinal);
        Assert.Contains("hero.png", result.Text(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result.Field("session_id")));
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("a b")]
    [InlineData("")]
    public async Task GetState_MalformedSessionId_ExplainsTheShape(string sessionId)
    {
        var result = await mcp.Client.CallAsync("get_state", new { session_id = sessionId });
        result.AssertPlainError("InvalidInput", "session_id must be the id a previous result returned");
    }

    [Theory]
    [InlineData("clip.mp4", "is relative")]
    [InlineData("/tmp/clip.mov", "must end in .mp4")]
    [InlineData("/no/such/folder/clip.mp4", "does not exist")]
    public async Task Export_BadOutputPath_RefusedBeforeAnyWork(string outputPath, string expected)
    {
        var result = await mcp.Client.CallAsync("export", new { output_path = outputPath });
        result.AssertPlainError("InvalidInput", expected);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "exports")));
    }

    [Fact]
    public async Task Export_OutputPathIsAFolder_AsksForAFileName()
    {
        var dir = Directory.CreateDirectory(Path.Combine(folder.Path, "clip.mp4")).FullName;
        var result = await mcp.Client.CallAsync("export", new { output_path = dir });
        result.AssertPlainError("InvalidInput", "is a folder");
    }

    [Fact]
    public async Task GenerateOrEdit_BlankInstruction_GivesExamples()
    {
        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction = "   " });
        result.AssertPlainError("InvalidInput", "animate this character image");
    }

    [Fact]
    public async Task GenerateOrEdit_InstructionOverTheLimit_SaysTheLimitAndItsLengthWithoutEchoingIt()
    {
        var instruction = string.Concat(Enumerable.Repeat("export the clip with falling petals ", 200));

        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction });

        Assert.Equal(7200, instruction.Length);
        result.AssertPlainError("InvalidInput", "is 7,200 characters long; the limit is 4,000");
        Assert.DoesNotContain("falling petals", result.Text(), StringComparison.Ordinal);
        Assert.Equal("message", result.ErrorField("action"));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "exports")));
    }

    [Fact]
    public async Task Upload_FilesArgumentLeftOut_SaysWhichArgumentIsMissing()
    {
        var result = await mcp.Client.CallAsync("upload", new { session_id = (string?)null });
        result.AssertPlainError("InvalidInput", "files");
    }

    [Fact]
    public async Task GenerateOrEdit_InstructionOfTheWrongType_SaysWhatItShouldBe()
    {
        var result = await mcp.Client.CallAsync("generate_or_edit", new { instruction = new[] { 1, 2 } });
        result.AssertPlainError("InvalidInput", "instruction");
    }

    [Fact]
    public async Task UnknownTool_IsAProtocolErrorAsTheSpecSays()
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => mcp.Client.CallAsync("no_such_tool"));

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
    }
}
