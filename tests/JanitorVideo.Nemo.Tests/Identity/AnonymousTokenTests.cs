using System.Text.Json.Nodes;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Nemo.Tests.Identity;

public sealed class AnonymousTokenTests : IDisposable
{
    private readonly TestMachine _machine = new();

    public void Dispose() => _machine.Dispose();

    [Fact]
    public void CurrentToken_FirstRun_IsNullSoOneMustBeRequested()
    {
        Assert.Null(_machine.Start().CurrentToken());
    }

    [Fact]
    public void Remember_Token_IsStoredOwnerOnlyAndUsedByTheNextProcess()
    {
        var token = TestMachine.Token();
        _machine.Start().Remember(token);

        var next = _machine.Start();

        Assert.Equal(token.Token, next.CurrentToken());
        var file = _machine.Folder.AnonymousTokenFile;
        Assert.Equal(Path.Combine(_machine.Folder.Path, "anonymous_token.json"), file);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var stored = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal("user-42", (string?)stored["user_id"]);
        Assert.Equal(token.ExpiresAt, DateTimeOffset.Parse((string)stored["expires_at"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CurrentToken_StoredTokenExpired_IsNullSoANewOneIsRequested()
    {
        _machine.Start().Remember(TestMachine.Token(lifetime: TimeSpan.FromHours(1)));
        _machine.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Null(_machine.Start().CurrentToken());
    }

    [Fact]
    public void CurrentToken_StoredTokenAboutToExpire_IsNullSoNoCallOutlivesIt()
    {
        _machine.Start().Remember(TestMachine.Token(lifetime: TimeSpan.FromHours(1)));
        _machine.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromMinutes(1));

        Assert.Null(_machine.Start().CurrentToken());
    }

    [Fact]
    public void CurrentToken_TokenExpiresWhileRunning_BecomesNull()
    {
        var identity = _machine.Start();
        identity.Remember(TestMachine.Token(lifetime: TimeSpan.FromHours(1)));
        Assert.NotNull(identity.CurrentToken());

        _machine.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(identity.CurrentToken());
    }

    [Fact]
    public void ForgetToken_AfterARefusal_DropsTheTokenAndKeepsTheClientId()
    {
        var identity = _machine.Start();
        var clientId = identity.ClientId;
        identity.Remember(TestMachine.Token());

        Assert.True(identity.ForgetToken());

        Assert.Null(identity.CurrentToken());
        var next = _machine.Start();
        Assert.Null(next.CurrentToken());
        Assert.Equal(clientId, next.ClientId);
        Assert.Equal(clientId, identity.ClientId);
        Assert.Equal(["anonymous_token.json.lock", "client_id", "client_id.lock"], Names());
    }

    [Fact]
    public void ForgetToken_AnotherProcessRenewedMeanwhile_KeepsTheirTokenAndUsesIt()
    {
        var stale = _machine.Start();
        stale.Remember(TestMachine.Token("nmv_usr_old"));
        _machine.Start().Remember(TestMachine.Token("nmv_usr_renewed"));

        stale.ForgetToken();

        Assert.Equal("nmv_usr_renewed", stale.CurrentToken());
        Assert.Equal("nmv_usr_renewed", _machine.Start().CurrentToken());
    }

    [Fact]
    public async Task ForgetToken_AnotherProcessHoldsTheTokenLock_WaitsAndKeepsTheTokenItStores()
    {
        var stale = _machine.Start();
        stale.Remember(TestMachine.Token("nmv_usr_old"));
        var file = _machine.Folder.AnonymousTokenFile;
        Task<bool> forgetting;
        using (FileLock.Acquire(file + ".lock", TimeSpan.Zero))
        {
            // Another process renewing: it holds the lock while it replaces the file.
            forgetting = Task.Factory.StartNew(() => stale.ForgetToken("nmv_usr_old"), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            await Task.WhenAny(forgetting, Task.Delay(TimeSpan.FromMilliseconds(300)));
            Assert.False(forgetting.IsCompleted, "the token was forgotten while another process held the lock");
            Assert.True(File.Exists(file));
            AtomicFile.Replace(file, $"{{\"token\": \"nmv_usr_renewed\", \"user_id\": \"user-42\", \"expires_at\": \"{TestMachine.Now.AddDays(7):O}\"}}");
        }

        Assert.True(await forgetting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("nmv_usr_renewed", stale.CurrentToken());
        Assert.Equal("nmv_usr_renewed", _machine.Start().CurrentToken());
    }

    [Fact]
    public void Open_NemoTokenSet_UsesItAsItIsAndStoresNoToken()
    {
        _machine.Start().Remember(TestMachine.Token("nmv_usr_stored"));
        File.Delete(_machine.Folder.AnonymousTokenFile);

        var identity = _machine.Start(new NemoOptions { Token = "nmv_usr_mine" });

        Assert.True(identity.HasSuppliedToken);
        Assert.Equal("nmv_usr_mine", identity.CurrentToken());
        Assert.False(identity.ForgetToken());
        Assert.Equal("nmv_usr_mine", identity.CurrentToken());
        var refused = Assert.Throws<InvalidOperationException>(() => identity.Remember(TestMachine.Token()));
        Assert.Contains("NEMO_TOKEN", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_machine.Folder.AnonymousTokenFile));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"token\": \"nmv_usr_x\"}")]
    [InlineData("{\"token\": \"\", \"user_id\": \"u\", \"expires_at\": \"2030-01-01T00:00:00Z\"}")]
    [InlineData("[]")]
    public void CurrentToken_TokenFileUnreadable_IsNullWithAWarning(string content)
    {
        _machine.Start();
        File.WriteAllText(_machine.Folder.AnonymousTokenFile, content);

        Assert.Null(_machine.Start().CurrentToken());
        Assert.Contains(_machine.Log.Entries, e => e.Level == LogLevel.Warning && e.Line.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_EveryKind_LeaveNoTemporaryFilesBehind()
    {
        Directory.CreateDirectory(_machine.Folder.Path);
        File.WriteAllText(_machine.Folder.ClientIdFile, "corrupt");
        var identity = _machine.Start();
        identity.Remember(TestMachine.Token("nmv_usr_one"));
        identity.Remember(TestMachine.Token("nmv_usr_two"));
        _machine.Start();
        identity.ForgetToken();
        identity.Remember(TestMachine.Token("nmv_usr_three"));

        // The lock files stay: removing one while it is held would let two holders in.
        Assert.Equal(
            [".config/nemovideo/anonymous_token.json", ".config/nemovideo/anonymous_token.json.lock", ".config/nemovideo/client_id", ".config/nemovideo/client_id.lock"],
            _machine.Files());
    }

    private IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFileSystemEntries(_machine.Folder.Path).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
}
