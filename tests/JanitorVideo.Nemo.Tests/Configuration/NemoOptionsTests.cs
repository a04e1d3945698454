using JanitorVideo.Nemo.Configuration;

namespace JanitorVideo.Nemo.Tests.Configuration;

public sealed class NemoOptionsTests
{
    private const string Token = "nmv_usr_secret0123456789";
    private const string ClientId = "6f1c2b9e-3d4a-4f5e-9a7b-2c8d1e0f3a5b";

    [Fact]
    public void FromEnvironment_NothingSet_UsesTheReferenceDefaults()
    {
        var options = NemoOptions.FromEnvironment(Environment());

        Assert.Equal(new Uri("https://mega-api-prod.nemovideo.ai"), options.ApiUrl);
        Assert.Equal(new Uri("https://nemovideo.com"), options.WebUrl);
        Assert.Null(options.Token);
        Assert.Null(options.ClientId);
        Assert.Null(options.SkillSource);
    }

    [Fact]
    public void FromEnvironment_EverythingSet_ReadsEachVariable()
    {
        var options = NemoOptions.FromEnvironment(Environment(
            ("NEMO_API_URL", "http://127.0.0.1:5199"),
            ("NEMO_WEB_URL", "https://example.test/app"),
            ("NEMO_TOKEN", $" {Token} "),
            ("NEMO_CLIENT_ID", ClientId.ToUpperInvariant()),
            ("SKILL_SOURCE", "cursor"),
            ("NEMO_STUDIO_KEY", " studio-secret ")));

        Assert.Equal(new Uri("http://127.0.0.1:5199"), options.ApiUrl);
        Assert.Equal(new Uri("https://example.test/app"), options.WebUrl);
        Assert.Equal(Token, options.Token);
        Assert.Equal(Guid.Parse(ClientId), options.ClientId);
        Assert.Equal("cursor", options.SkillSource);
        Assert.Equal("studio-secret", options.StudioKey);
    }

    [Fact]
    public void FromEnvironment_BlankValues_CountAsUnset()
    {
        var options = NemoOptions.FromEnvironment(Environment(
            ("NEMO_API_URL", " "), ("NEMO_TOKEN", ""), ("NEMO_CLIENT_ID", "\t"), ("SKILL_SOURCE", " ")));

        Assert.Equal(NemoOptions.DefaultApiUrl, options.ApiUrl);
        Assert.Null(options.Token);
        Assert.Null(options.ClientId);
        Assert.Null(options.SkillSource);
    }

    [Theory]
    [InlineData("NEMO_API_URL", "ftp://files.example.test", "https://mega-api-prod.nemovideo.ai")]
    [InlineData("NEMO_API_URL", "mega-api-prod.nemovideo.ai", "https://mega-api-prod.nemovideo.ai")]
    [InlineData("NEMO_WEB_URL", "/workspace", "https://nemovideo.com")]
    [InlineData("NEMO_WEB_URL", "file:///tmp/x", "https://nemovideo.com")]
    public void FromEnvironment_UrlNotAbsoluteHttp_ErrorNamesTheVariableAndAnExample(string variable, string value, string example)
    {
        var error = Assert.Throws<ArgumentException>(() => NemoOptions.FromEnvironment(Environment((variable, value))));

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
        Assert.Contains("http(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains(example, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("1234abcd-0000-4000-8000")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void FromEnvironment_ClientIdNotUuid_ErrorNamesTheVariableAndAnExampleButNotTheValue(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => NemoOptions.FromEnvironment(Environment(("NEMO_CLIENT_ID", value))));

        Assert.Contains("NEMO_CLIENT_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains("UUID", error.Message, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", error.Message);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_TwoBadValuesAndAToken_ErrorNamesBothAndHidesTheToken()
    {
        var error = Assert.Throws<ArgumentException>(() => NemoOptions.FromEnvironment(Environment(
            ("NEMO_API_URL", "gopher://x"), ("NEMO_CLIENT_ID", "42"), ("NEMO_TOKEN", Token))));

        Assert.Contains("NEMO_API_URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("NEMO_CLIENT_ID", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_TokenAndClientIdSet_ShowsNeither()
    {
        var options = NemoOptions.FromEnvironment(Environment(("NEMO_TOKEN", Token), ("NEMO_CLIENT_ID", ClientId), ("NEMO_STUDIO_KEY", "studio-secret")));
        var changed = options with { SkillSource = "clawhub" };

        foreach (var printed in new[] { options.ToString(), changed.ToString(), $"{new { options }}" })
        {
            Assert.DoesNotContain(Token, printed, StringComparison.Ordinal);
            Assert.DoesNotContain(ClientId, printed, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("studio-secret", printed, StringComparison.Ordinal);
            Assert.Contains("Token = set (hidden)", printed, StringComparison.Ordinal);
            Assert.Contains("ApiUrl = https://mega-api-prod.nemovideo.ai", printed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Intervals_Default_AreTheReferenceFiguresAndCanBeShortened()
    {
        var intervals = new NemoOptions().Intervals;

        Assert.Equal(TimeSpan.FromSeconds(10), intervals.RenderPoll);
        Assert.Equal(30, intervals.RenderPollLimit);
        Assert.Equal(TimeSpan.FromMinutes(15), intervals.ReplyStreamLimit);
        Assert.Equal(TimeSpan.FromSeconds(30), intervals.RateLimitWait);
        Assert.Equal(TimeSpan.FromMinutes(2), intervals.RateLimitWaitLimit);
        Assert.Equal(3, intervals.TransientRetries);

        var quick = new NemoOptions { Intervals = intervals with { RenderPoll = TimeSpan.FromMilliseconds(5) } };
        Assert.Equal(TimeSpan.FromMilliseconds(5), quick.Intervals.RenderPoll);
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables)
    {
        var table = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => table.GetValueOrDefault(name);
    }
}
