using System.Runtime.InteropServices;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Nemo.Tests.Identity;

public sealed partial class FileLockTests : IDisposable
{
    private const int ReadWrite = 2; // O_RDWR
    private const int Exclusive = 2; // LOCK_EX
    private const int NoWait = 4; // LOCK_NB

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Acquire_WhileHeld_IsRefusedAfterTheLimit()
    {
        var path = _folder.Combine("client_id.lock");
        using var held = FileLock.Acquire(path, TimeSpan.Zero);

        var refused = Assert.Throws<IOException>(() => FileLock.Acquire(path, TimeSpan.FromMilliseconds(50)));

        Assert.Contains("locked for over", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_WaiterHadOpenedTheFile_NoNewcomerHoldsItAtTheSameTime()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The race is flock's: opening and locking are two steps only on Unix.
        }

        var path = _folder.Combine("client_id.lock");
        var first = FileLock.Acquire(path, TimeSpan.Zero);
        // What every waiter does (another process, or .NET's own FileStream): open the file, then ask for the lock.
        var waiter = Open(path, ReadWrite);
        Assert.True(waiter >= 0, "the lock file could not be opened");
        try
        {
            first.Dispose();
            Assert.Equal(0, Flock(waiter, Exclusive | NoWait));

            // The waiter holds the lock now, so a newcomer must be kept out (a lock file removed on release let it make a new one and get in).
            Assert.Throws<IOException>(() => FileLock.Acquire(path, TimeSpan.Zero));
        }
        finally
        {
            _ = Close(waiter);
        }

        using var next = FileLock.Acquire(path, TimeSpan.Zero);
        Assert.True(File.Exists(path));
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "flock")]
    private static partial int Flock(int descriptor, int operation);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
