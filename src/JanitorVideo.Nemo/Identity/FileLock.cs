namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// An exclusive lock between processes (and between threads of one), held on a lock file beside
/// the file it guards; disposing it removes the lock file and releases the lock. .NET takes an
/// advisory <c>flock</c> on Unix for <see cref="FileShare.None"/>, so a second holder is refused
/// until the first lets go.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(10);

    private readonly FileStream _stream;
    private readonly string _path;

    private FileLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
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
                return new FileLock(new FileStream(path, options), path);
            }
            catch (IOException exception) when (exception is not DirectoryNotFoundException && waited < limit)
            {
                // Held by another process or thread: its work takes microseconds, so a short sleep does.
                Thread.Sleep(Retry);
                waited += Retry;
            }
            catch (IOException exception) when (exception is not DirectoryNotFoundException)
            {
                throw new IOException($"Another janitor-video process kept {path} locked for over {limit.TotalSeconds:0} s; try again when it has started, or set NEMO_CLIENT_ID.", exception);
            }
        }
    }

    /// <summary>Removes the lock file and releases the lock.</summary>
    public void Dispose()
    {
        // Removed while still held: a waiter that opened the old file gets it next and finds the work done.
        File.Delete(_path);
        _stream.Dispose();
    }
}
