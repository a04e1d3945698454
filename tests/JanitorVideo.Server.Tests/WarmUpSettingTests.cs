using JanitorVideo.Server.Configuration;
using Microsoft.Extensions.Configuration;

namespace JanitorVideo.Server.Tests;

/// <summary>JANITOR_WARM_UP: the studio warms up its render path unless told not to.</summary>
public sealed class WarmUpSettingTests
{
    private static JanitorSettings Read(string? warmUp) => JanitorSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["JANITOR_DATA_DIR"] = "/tmp/janitor-warm-up-settings",
        ["JANITOR_WARM_UP"] = warmUp,
    }).Build());

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("on", true)]
    [InlineData("OFF", false)]
    public void WarmUp_Setting_ReachesTheStudio(string? value, bool expected) => Assert.Equal(expected, Read(value).StudioOptions().WarmUp);

    [Fact]
    public void WarmUp_OtherWord_SaysWhatToSet()
    {
        var error = Assert.Throws<ArgumentException>(() => Read("sometimes"));

        Assert.Equal("JANITOR_WARM_UP is 'sometimes'; use 'on' or 'off'.", error.Message);
    }
}
