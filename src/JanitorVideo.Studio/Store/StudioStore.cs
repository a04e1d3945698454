using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

/// <summary>
/// The studio's memory: one SQLite database (<c>studio.db</c>) in <see cref="Folder"/>, with media
/// and rendered clips as files beside it. Every write is one transaction; nothing is lost on a restart.
/// </summary>
/// <remarks>
/// Safe to call from several threads at once. Each call borrows a pooled connection; the database
/// runs in WAL mode, so reads never wait for writes, and writes of this process take turns on a lock
/// so they never spin on SQLite's busy retry.
/// </remarks>
public sealed partial class StudioStore : IDisposable
{
    /// <summary>The database file's name inside <see cref="Folder"/>.</summary>
    public const string DatabaseFileName = "studio.db";

    /// <summary>The subfolder (relative to <see cref="Folder"/>) holding uploaded media.</summary>
    public const string MediaFolderName = "media";

    /// <summary>The subfolder (relative to <see cref="Folder"/>) holding rendered clips.</summary>
    public const string RendersFolderName = "renders";

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private volatile bool _disposed;

    private StudioStore(string folder, TimeProvider time)
    {
        Folder = folder;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, DatabaseFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The folder holding <c>studio.db</c>, <c>media/</c> and <c>renders/</c>.</summary>
    public string Folder { get; }

    /// <summary>Opens (creating or upgrading) the store in <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidOperationException">The database was written by a newer JanitorVideo.</exception>
    public static StudioStore Open(string folder, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, MediaFolderName));
        Directory.CreateDirectory(Path.Combine(root, RendersFolderName));

        var store = new StudioStore(root, time ?? TimeProvider.System);
        try
        {
            using var connection = store.Connect();
            // WAL is a property of the file: set once, kept by every later connection.
            StoreSql.Execute(connection, null, "PRAGMA journal_mode = WAL;");
            StoreSchema.Upgrade(connection);
            store.MeasureUnmeasuredClips();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>A full path for a path relative to <see cref="Folder"/>; refuses anything that would leave it.</summary>
    /// <exception cref="ArgumentException">The path is empty, rooted, or resolves outside <see cref="Folder"/>.</exception>
    public string Resolve(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        if (Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException(
                $"Store paths are relative to the store's folder; '{relativePath}' is rooted.", nameof(relativePath));
        }

        // GetFullPath folds every "..", so what is left either starts inside the folder or does not.
        var full = Path.GetFullPath(Path.Combine(Folder, relativePath));
        var inside = string.Equals(full, Folder, StringComparison.Ordinal)
            || full.StartsWith(Path.EndsInDirectorySeparator(Folder) ? Folder : Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside
            ? full
            : throw new ArgumentException(
                $"The path '{relativePath}' leads outside the store's folder.", nameof(relativePath));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Closes the pooled handles so the folder can be moved or deleted; connections still
        // borrowed by a running call are closed when it returns them.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private DateTimeOffset Now() => _time.GetUtcNow();

    private SqliteConnection Connect()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Per-connection settings. busy_timeout: another process (a second server on the same
            // folder) may hold the write lock for a moment. synchronous NORMAL: in WAL mode a commit
            // survives the process being killed (only a power cut can undo the latest ones, never
            // half of one) and costs no fsync per write, which FULL would (about 15x slower here).
            StoreSql.Execute(connection, null, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="read"/> on a borrowed connection (one statement is one consistent snapshot).</summary>
    private T Read<T>(Func<SqliteConnection, T> read)
    {
        using var connection = Connect();
        return read(connection);
    }

    /// <summary>Runs <paramref name="write"/> in one transaction: all of it is committed, or none.</summary>
    private T Write<T>(Func<SqliteConnection, SqliteTransaction, T> write)
    {
        lock (_writeGate)
        {
            using var connection = Connect();
            // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is taken up front, so reads
            // made inside the transaction cannot go stale before its writes.
            using var transaction = connection.BeginTransaction();
            var result = write(connection, transaction);
            transaction.Commit();
            return result;
        }
    }

    private void Write(Action<SqliteConnection, SqliteTransaction> write) =>
        Write((connection, transaction) =>
        {
            write(connection, transaction);
            return true;
        });

    private static void RequireUser(SqliteConnection connection, SqliteTransaction transaction, string userId)
    {
        if (StoreSql.Scalar(connection, transaction, "SELECT 1 FROM users WHERE user_id = $user;", ("$user", userId)) is null)
        {
            throw new InvalidOperationException($"The store has no user '{userId}'.");
        }
    }

    private static void RequireSession(SqliteConnection connection, SqliteTransaction transaction, string sessionId)
    {
        if (StoreSql.Scalar(connection, transaction, "SELECT 1 FROM sessions WHERE session_id = $session;", ("$session", sessionId)) is null)
        {
            throw new InvalidOperationException($"The store has no session '{sessionId}'.");
        }
    }
}
