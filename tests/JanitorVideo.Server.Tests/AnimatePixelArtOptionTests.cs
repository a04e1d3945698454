using JanitorVideo.Core.Drafts;
using JanitorVideo.Server.Cli;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Server.Tests;

/// <summary><c>animate --pixel-art auto|on|off</c>: read by the command line, said to the studio's agent in words it acts on.</summary>
public sealed class AnimatePixelArtOptionTests
{
    private static readonly EditContext Uploaded = new(Draft.Empty, [new MediaItem("m_knight", "image", "knight.png", 72, 72, null)]);

    private static bool? AskedPixelArt(string words) =>
        InstructionRules.Plan(words, Uploaded).Steps.OfType<Animate>().Single().PixelArt;

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    [InlineData("a pixel art knight breathing", false, false)]
    [InlineData("make it smooth", true, true)]
    [InlineData("像素风的骑士", null, true)]
    public void Compose_Option_ReachesTheAgentAndOutweighsThePrompt(string? prompt, bool? option, bool? expected)
    {
        var words = AnimateInstruction.Compose(prompt, null, null, null, loop: false, bed: null, songUploaded: false, pixelArt: option);

        Assert.Equal(expected, AskedPixelArt(words));
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("on")]
    [InlineData("off")]
    public void CommandLine_PixelArtValues_AreAccepted(string value)
    {
        var parsed = JanitorCommandLine.Build(TextWriter.Null, TextWriter.Null).Parse(["animate", "knight.png", "--pixel-art", value]);

        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void CommandLine_UnknownPixelArtValue_IsRefusedNamingTheChoices()
    {
        var parsed = JanitorCommandLine.Build(TextWriter.Null, TextWriter.Null).Parse(["animate", "knight.png", "--pixel-art", "sometimes"]);

        var error = Assert.Single(parsed.Errors).Message;
        Assert.Contains("sometimes", error, StringComparison.Ordinal);
        Assert.Contains("'on'", error, StringComparison.Ordinal);
        Assert.Contains("'off'", error, StringComparison.Ordinal);
    }
}
