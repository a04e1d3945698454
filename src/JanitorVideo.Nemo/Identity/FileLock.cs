namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// An exclusive lock between processes (and between threads of one), held on a lock file beside
/// the file it guards. .NET takes an advisory <c>flock</c> on Unix for <see cref="FileShare.None"/>,
/// so a second holder is refused until the first lets go. The lock file is never removed: a waiter
/// opens the file before it asks for the lock, so removing it while held would let that waiter lock
/// the removed file while a newcomer creates and locks a new one of the same name, two holders at once.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(10);

    private readonly FileStream _stream;

    private FileLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Waits until the lock on <paramref name="path"/> is held, at most <paramref name="limit"/>.</summary>
    /// <exception cref="IOException">Another holder kept it past the limit.</exception>
    public static FileLock Acquire(string path, TimeSpan limit)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, options));
            }
            catch (IOException exception) when (exception is not DirectoryNotFoundException && waited < limit)
            {
                // Held by another process or thread: its work takes microseconds, so a short sleep does.
                Thread.Sleep(Retry);
                waited += Retry;
            }
            catch (IOException exception) when (exception is not DirectoryNotFoundException)
            {
                throw new IOException($"Another janitor-video process kept {path} locked for over {limit.TotalSeconds:0} s; try again in a moment.", exception);
            }
        }
    }

    /// <summary>Releases the lock; the lock file stays for the next holder.</summary>
    public void Dispose() => _stream.Dispose();
}
