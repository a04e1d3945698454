using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Nemo.Tests.Identity;

/// <summary>
/// A machine as the identity code sees it: a temporary home folder (the real one is never touched),
/// a clock the test moves and a log it reads. Each <see cref="Start"/> is a new process over the same home.
/// </summary>
internal sealed class TestMachine : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _home = new();

    public ManualClock Clock { get; } = new(Now);

    public RecordingLogger Log { get; } = new();

    public NemoConfigFolder Folder => NemoConfigFolder.InHome(_home.Path);

    public string HomePath => _home.Path;

    /// <summary>The files under the home folder, relative to it.</summary>
    public IReadOnlyList<string> Files() => _home.Files();

    public ClientIdentity Start(NemoOptions? options = null) =>
        ClientIdentity.Open(options ?? new NemoOptions(), Folder, Clock, Log);

    public static AnonymousToken Token(string token = "nmv_usr_a1b2c3d4e5f6", TimeSpan? lifetime = null) => new()
    {
        Token = token,
        UserId = "user-42",
        ExpiresAt = Now + (lifetime ?? TimeSpan.FromDays(7)),
    };

    public void Dispose() => _home.Dispose();
}
