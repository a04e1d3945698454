using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;

namespace JanitorVideo.Nemo.Tests.Identity;

/// <summary>The token (a secret) and the client id never reach a log line, a message or a printout.</summary>
public sealed class SecretsTests : IDisposable
{
    private const string Secret = "nmv_usr_TOPSECRET0123456789";

    private readonly TestMachine _machine = new();

    public void Dispose() => _machine.Dispose();

    [Fact]
    public void ToString_AnonymousToken_HidesTheToken()
    {
        var token = TestMachine.Token(Secret);

        foreach (var printed in new[] { token.ToString(), (token with { UserId = "other" }).ToString() })
        {
            Assert.DoesNotContain(Secret, printed, StringComparison.Ordinal);
            Assert.Contains("Token = (hidden)", printed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_Identity_ShowsNeitherTokenNorClientId()
    {
        var anonymous = _machine.Start();
        anonymous.Remember(TestMachine.Token(Secret));
        var supplied = _machine.Start(new NemoOptions { Token = Secret, ClientId = Guid.NewGuid() });

        foreach (var identity in new[] { anonymous, supplied })
        {
            var printed = identity.ToString();
            Assert.DoesNotContain(Secret, printed, StringComparison.Ordinal);
            Assert.DoesNotContain(identity.ClientIdText, printed, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("NEMO_TOKEN", supplied.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_WholeLifeOfAnIdentity_NeverHoldsTheTokenOrTheClientId()
    {
        Directory.CreateDirectory(_machine.Folder.Path);
        File.WriteAllText(_machine.Folder.ClientIdFile, "corrupt");
        var identity = _machine.Start();
        identity.Remember(TestMachine.Token(Secret, TimeSpan.FromHours(1)));
        _machine.Start().CurrentToken();
        identity.ForgetToken();
        File.WriteAllText(_machine.Folder.AnonymousTokenFile, $"{{\"token\": \"{Secret}\", \"user_id\": ");
        _machine.Start().CurrentToken();
        identity.Remember(TestMachine.Token(Secret, TimeSpan.FromHours(1)));
        _machine.Clock.Advance(TimeSpan.FromHours(2));
        _machine.Start().CurrentToken();

        Assert.NotEmpty(_machine.Log.Entries);
        foreach (var (_, line) in _machine.Log.Entries)
        {
            Assert.DoesNotContain(Secret, line, StringComparison.Ordinal);
            Assert.DoesNotContain(identity.ClientIdText, line, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Remember_FolderUnwritable_MessageAndLogHoldNoToken()
    {
        var identity = _machine.Start();
        Directory.Delete(_machine.Folder.Path, recursive: true);
        File.WriteAllText(_machine.Folder.Path, "in the way");

        identity.Remember(TestMachine.Token(Secret));

        Assert.Equal(Secret, identity.CurrentToken());
        var warning = Assert.Single(_machine.Log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.DoesNotContain(Secret, warning.Line, StringComparison.Ordinal);
        Assert.Contains("this run only", warning.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Remember_WithNemoTokenSet_MessageHoldsNeitherToken()
    {
        var identity = _machine.Start(new NemoOptions { Token = Secret });

        var refused = Assert.Throws<InvalidOperationException>(() => identity.Remember(TestMachine.Token("nmv_usr_other_secret")));

        Assert.DoesNotContain(Secret, refused.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("nmv_usr_other_secret", refused.ToString(), StringComparison.Ordinal);
    }
}
