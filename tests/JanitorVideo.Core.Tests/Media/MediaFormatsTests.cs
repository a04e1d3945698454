using System.Text;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Media;

namespace JanitorVideo.Core.Tests.Media;

public sealed class MediaFormatsTests
{
    // The first bytes of a real file of each accepted format.
    public static TheoryData<string, byte[]> Signatures => new()
    {
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8] },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8] },
        { "GIF", [.. "GIF89a"u8, 1, 0, 1, 0] },
        { "GIF", [.. "GIF87a"u8, 1, 0, 1, 0] },
        { "WEBP", [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8] },
        { "WAV", [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8] },
        { "AVI", [.. "RIFF"u8, 0x24, 0, 0, 0, .. "AVI LIST"u8] },
        { "MP4", [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0] },
        { "MP4", [0, 0, 0, 0x18, .. "ftypmp42"u8, 0, 0, 0, 0] },
        { "MOV", [0, 0, 0, 0x14, .. "ftypqt  "u8, 0, 0, 0, 0] },
        { "MOV", [0, 0, 0, 0x08, .. "wide"u8, 0, 0, 0, 0] },
        { "M4A", [0, 0, 0, 0x20, .. "ftypM4A "u8, 0, 0, 0, 0] },
        { "WEBM", [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8] },
        { "MKV", [0x1A, 0x45, 0xDF, 0xA3, 0xA3, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88, .. "matroska"u8] },
        { "MP3", [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0] },
        { "MP3", [0xFF, 0xFB, 0x90, 0x64] },
        { "AAC", [0xFF, 0xF1, 0x50, 0x80] },
        { "AAC", [.. "ADIF"u8, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Sniff_RealSignature_FindsFormat(string expected, byte[] head)
    {
        Assert.Equal(expected, MediaFormats.Sniff(head)?.Name);
    }

    [Theory]
    [InlineData("hello, this is text")]
    [InlineData("<html><body>")]
    [InlineData("BM\u0036\u0000")] // BMP: an image, but not one we accept
    [InlineData("GIF")] // truncated before the version
    [InlineData("RIFF")] // truncated before the form type
    public void Sniff_OtherContent_FindsNothing(string content)
    {
        Assert.Null(MediaFormats.Sniff(Encoding.ASCII.GetBytes(content)));
    }

    [Theory]
    [InlineData("HEIC/HEIF", new byte[] { 0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c' })]
    [InlineData("HEIC/HEIF", new byte[] { 0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'i', (byte)'f', (byte)'1' })]
    [InlineData("AVIF", new byte[] { 0, 0, 0, 0x1C, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i', (byte)'f' })]
    [InlineData("BMP", new byte[] { (byte)'B', (byte)'M', 0x36, 0 })]
    [InlineData("TIFF", new byte[] { (byte)'I', (byte)'I', (byte)'*', 0 })]
    public void Sniff_PhotoFormatWeRefuse_FindsNothingButNamesIt(string expected, byte[] head)
    {
        Assert.Null(MediaFormats.Sniff(head));
        Assert.Equal(expected, MediaFormats.NameRefused(head));
    }

    [Theory]
    [MemberData(nameof(Signatures))]
    public void NameRefused_AcceptedFormat_IsNullAndSniffNamesIt(string format, byte[] head)
    {
        Assert.Equal(format, MediaFormats.Sniff(head)?.Name);
        Assert.Null(MediaFormats.NameRefused(head));
    }

    [Fact]
    public void Check_HeicPhotoNamedJpg_RefusedAndSaysWhatItIs()
    {
        byte[] heic = [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0];
        var check = MediaFormats.Check("IMG_0001.jpg", heic, 5000);
        Assert.Equal(ErrorKind.UnsupportedFileType, check.Error);
        Assert.Contains("is a HEIC/HEIF file, not a format I can use", check.Reason);
    }

    [Fact]
    public void All_EveryReferenceExtension_IsAccepted()
    {
        string[] reference = ["mp4", "mov", "avi", "webm", "mkv", "jpg", "png", "gif", "webp", "mp3", "wav", "m4a", "aac"];
        foreach (var extension in reference)
        {
            Assert.NotNull(MediaFormats.FromFileName("file." + extension.ToUpperInvariant()));
        }
    }

    [Fact]
    public void Check_PngRenamedToJpg_AcceptedAsPng()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var check = MediaFormats.Check("hero.jpg", png, 5000);
        Assert.True(check.IsAccepted);
        Assert.Equal(MediaFormats.Png, check.Format);
    }

    [Fact]
    public void Check_EmptyFile_RefusedAndSaysEmpty()
    {
        var check = MediaFormats.Check("hero.png", [], 0);
        Assert.False(check.IsAccepted);
        Assert.Equal(ErrorKind.UnsupportedFileType, check.Error);
        Assert.Contains("empty", check.Reason);
    }

    [Fact]
    public void Check_OverTwoHundredMegabytes_RefusedAs4002WithAdvice()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0];
        var check = MediaFormats.Check("huge.jpg", jpeg, MediaFormats.MaxUploadBytes + 1);
        Assert.Equal(ErrorKind.FileTooLarge, check.Error);
        Assert.Contains("200 MB", check.Reason);
        Assert.Contains("Compress", check.Reason);
    }

    [Fact]
    public void Check_ExactlyTheLimit_Accepted()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0];
        Assert.True(MediaFormats.Check("big.jpg", jpeg, MediaFormats.MaxUploadBytes).IsAccepted);
    }

    [Fact]
    public void Check_TextNamedPng_RefusedAndSaysContentIsNotPng()
    {
        var check = MediaFormats.Check("character.png", "not an image"u8, 12);
        Assert.Equal(ErrorKind.UnsupportedFileType, check.Error);
        Assert.Contains("content is not PNG", check.Reason);
        Assert.Contains("JPEG, PNG, GIF, WEBP", check.Reason);
    }

    [Fact]
    public void Check_UnknownExtensionAndContent_ListsAcceptedFormats()
    {
        var check = MediaFormats.Check("notes.docx", "PK\u0003\u0004"u8, 4);
        Assert.Contains("is not a format I can use", check.Reason);
        Assert.Contains("audio MP3, WAV, M4A, AAC", check.Reason);
    }

    [Fact]
    public void Check_HostileFileName_ShowsOnlyTheLastSegmentWithoutControlCharacters()
    {
        var check = MediaFormats.Check("../../etc/pass\u001b[31mwd", "x"u8, 1);
        Assert.StartsWith("'pass[31mwd'", check.Reason);
        Assert.DoesNotContain("etc", check.Reason);
        Assert.False(check.Reason!.Contains('\u001b', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(512, "512 bytes")]
    [InlineData(2048, "2 KB")]
    [InlineData(3_565_158, "3.4 MB")]
    [InlineData(210_000_000, "200.3 MB")]
    public void FormatSize_Bytes_ReadsLikeAPerson(long bytes, string expected)
    {
        Assert.Equal(expected, MediaFormats.FormatSize(bytes));
    }
}
