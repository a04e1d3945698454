using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Nemo.Tests.Identity;

public sealed class ClientIdTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;

    private readonly TestMachine _machine = new();

    public void Dispose() => _machine.Dispose();

    [Fact]
    public void Open_FirstRun_StoresANewIdReadableByTheOwnerOnly()
    {
        var identity = _machine.Start();

        var file = _machine.Folder.ClientIdFile;
        Assert.Equal(Path.Combine(_machine.HomePath, ".config", "nemovideo", "client_id"), file);
        Assert.Equal(identity.ClientIdText, File.ReadAllText(file));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", identity.ClientIdText);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));
            Assert.Equal(OwnerAll, File.GetUnixFileMode(_machine.Folder.Path));
        }
    }

    [Fact]
    public void Open_SecondProcess_ReusesTheStoredId()
    {
        var first = _machine.Start();
        var second = _machine.Start();

        Assert.Equal(first.ClientId, second.ClientId);
        Assert.Equal(["client_id", "client_id.lock"], Names());
    }

    [Fact]
    public void Open_IdWrittenByAnotherClient_IsUsedAsItIs()
    {
        // The other NemoVideo skill clients write the bare UUID, often with a newline.
        Directory.CreateDirectory(_machine.Folder.Path);
        File.WriteAllText(_machine.Folder.ClientIdFile, "6F1C2B9E-3D4A-4F5E-9A7B-2C8D1E0F3A5B\n");

        var identity = _machine.Start();

        Assert.Equal("6f1c2b9e-3d4a-4f5e-9a7b-2c8d1e0f3a5b", identity.ClientIdText);
        Assert.Equal("6F1C2B9E-3D4A-4F5E-9A7B-2C8D1E0F3A5B\n", File.ReadAllText(_machine.Folder.ClientIdFile));
    }

    [Fact]
    public void Open_NemoClientIdSet_UsesItAndWritesNothing()
    {
        var supplied = Guid.Parse("6f1c2b9e-3d4a-4f5e-9a7b-2c8d1e0f3a5b");

        var identity = _machine.Start(new NemoOptions { ClientId = supplied });

        Assert.Equal(supplied, identity.ClientId);
        Assert.Empty(_machine.Files());
        Assert.False(Directory.Exists(_machine.Folder.Path));
    }

    [Fact]
    public void Open_NemoClientIdSetOverAStoredId_WinsAndLeavesTheFileAlone()
    {
        var stored = _machine.Start().ClientId;
        var supplied = Guid.NewGuid();

        var identity = _machine.Start(new NemoOptions { ClientId = supplied });

        Assert.Equal(supplied, identity.ClientId);
        Assert.Equal(stored, _machine.Start().ClientId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a uuid at all")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("6f1c2b9e-3d4a-4f5e-9a7b-2c8d1e0f3a")]
    public void Open_CorruptIdFile_ReplacesItWithANewIdAndWarns(string content)
    {
        Directory.CreateDirectory(_machine.Folder.Path);
        File.WriteAllText(_machine.Folder.ClientIdFile, content);

        var identity = _machine.Start();

        Assert.NotEqual(Guid.Empty, identity.ClientId);
        Assert.Equal(identity.ClientIdText, File.ReadAllText(_machine.Folder.ClientIdFile));
        Assert.Equal(identity.ClientId, _machine.Start().ClientId);
        var warning = Assert.Single(_machine.Log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("did not hold a UUID", warning.Line, StringComparison.Ordinal);
        Assert.Equal(["client_id", "client_id.lock"], Names());
    }

    [Fact]
    public void Open_ManyProcessesAtOnce_AllGetTheSameId()
    {
        var ids = StartTogether(8);

        Assert.Single(ids.Distinct());
        Assert.Equal(ids[0].ToString("D"), File.ReadAllText(_machine.Folder.ClientIdFile));
        Assert.Equal(["client_id", "client_id.lock"], Names());
    }

    [Fact]
    public void Open_ManyProcessesAtOnceOverACorruptFile_AllGetTheSameId()
    {
        Directory.CreateDirectory(_machine.Folder.Path);
        File.WriteAllText(_machine.Folder.ClientIdFile, "garbage");

        var ids = StartTogether(8);

        Assert.Single(ids.Distinct());
        Assert.Equal(ids[0].ToString("D"), File.ReadAllText(_machine.Folder.ClientIdFile));
        Assert.Equal(["client_id", "client_id.lock"], Names());
    }

    [Fact]
    public void Open_FolderCannotBeCreated_UsesAnIdForThisRunAndSaysHowToKeepOne()
    {
        // A file where the folder should be: refused even to root, unlike a permission.
        Directory.CreateDirectory(Path.GetDirectoryName(_machine.Folder.Path)!);
        File.WriteAllText(_machine.Folder.Path, "in the way");

        var identity = _machine.Start();

        Assert.NotEqual(Guid.Empty, identity.ClientId);
        var warning = Assert.Single(_machine.Log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("NEMO_CLIENT_ID", warning.Line, StringComparison.Ordinal);
        Assert.DoesNotContain(identity.ClientIdText, warning.Line, StringComparison.Ordinal);
    }

    private Guid[] StartTogether(int processes)
    {
        using var barrier = new Barrier(processes);
        var starts = Enumerable.Range(0, processes)
            .Select(_ => Task.Factory.StartNew(() =>
            {
                barrier.SignalAndWait(TimeSpan.FromSeconds(30));
                return _machine.Start().ClientId;
            }, TaskCreationOptions.LongRunning))
            .ToArray();
        Assert.True(Task.WaitAll(starts, TimeSpan.FromMinutes(1)), "The concurrent starts did not finish within a minute.");
        return [.. starts.Select(s => s.Result)];
    }

    private IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFileSystemEntries(_machine.Folder.Path).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
}
