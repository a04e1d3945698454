using JanitorVideo.Studio.Store;
using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Tests.Store;

/// <summary>A store in a fresh temp folder on a manual clock; the folder is removed when the test ends.</summary>
internal sealed class StoreFolder : IDisposable
{
    public StoreFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "janitor-store-tests", Guid.NewGuid().ToString("N")[..12]);
        Store = StudioStore.Open(Path, Clock);
    }

    public string Path { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public StudioStore Store { get; private set; }

    /// <summary>Closes the store and opens the folder again, as a restarted studio would.</summary>
    public StudioStore Reopen()
    {
        Store.Dispose();
        Store = StudioStore.Open(Path, Clock);
        return Store;
    }

    /// <summary>The database file opened by plain SQLite, without the store.</summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.Combine(Path, StudioStore.DatabaseFileName),
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>A user who owns a session, ready for drafts, media and renders.</summary>
    public (StudioUser User, SessionRecord Session) UserWithSession()
    {
        var user = Store.LocalUser();
        return (user, Store.CreateSession(user.UserId, "en"));
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Something still holds a file; the OS cleans the temp folder later.
        }
    }
}
