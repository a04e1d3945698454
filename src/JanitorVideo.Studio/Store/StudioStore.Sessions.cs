using JanitorVideo.Core.Drafts;
using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

public sealed partial class StudioStore
{
    /// <summary>The cause recorded for version 0 of every session.</summary>
    public const string NewProjectCause = "new project";

    private const string SessionColumns = "session_id, task_id, user_id, language, created_at";

    private const string VersionColumns = "v.session_id, v.version, v.draft, v.cause, v.created_at";

    // Sessions and drafts

    /// <summary>A new session with draft version 0 (the empty draft).</summary>
    /// <exception cref="InvalidOperationException">The store has no such user.</exception>
    public SessionRecord CreateSession(string userId, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(language);
        var session = new SessionRecord(StoreIds.NewSessionId(), StoreIds.NewTaskId(), userId, language, Now());
        return Write((connection, transaction) =>
        {
            RequireUser(connection, transaction, userId);
            StoreSql.Execute(
                connection,
                transaction,
                "INSERT INTO sessions (session_id, task_id, user_id, language, head, created_at) VALUES ($session, $task, $user, $language, 0, $now);",
                ("$session", session.SessionId),
                ("$task", session.TaskId),
                ("$user", userId),
                ("$language", language),
                ("$now", StoredTime.Format(session.CreatedAt)));
            InsertVersion(connection, transaction, session.SessionId, 0, Draft.Empty, NewProjectCause, session.CreatedAt);
            return session;
        });
    }

    public SessionRecord? FindSession(string sessionId) =>
        Read(connection => StoreSql.QueryFirst(
            connection,
            null,
            $"SELECT {SessionColumns} FROM sessions WHERE session_id = $session;",
            ReadSession,
            ("$session", sessionId)));

    /// <summary>The user's sessions, oldest first (the newest last).</summary>
    public IReadOnlyList<SessionRecord> Sessions(string userId) =>
        Read(connection => StoreSql.Query(
            connection,
            null,
            $"SELECT {SessionColumns} FROM sessions WHERE user_id = $user ORDER BY created_at, rowid;",
            ReadSession,
            ("$user", userId)));

    /// <summary>The draft as it stands (the head version).</summary>
    /// <exception cref="InvalidOperationException">The store has no such session.</exception>
    public DraftVersion CurrentDraft(string sessionId) =>
        Read(connection => StoreSql.QueryFirst(
            connection,
            null,
            $"SELECT {VersionColumns} FROM sessions s JOIN draft_versions v ON v.session_id = s.session_id AND v.version = s.head WHERE s.session_id = $session;",
            ReadVersion,
            ("$session", sessionId)))
        ?? throw new InvalidOperationException($"The store has no session '{sessionId}'.");

    /// <summary>Saves an edit as the new head; versions that were undone are dropped (no redo past a new edit).</summary>
    /// <exception cref="InvalidOperationException">The store has no such session.</exception>
    public DraftVersion SaveDraft(string sessionId, Draft draft, string cause)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(cause);
        return Write((connection, transaction) =>
        {
            var head = Head(connection, transaction, sessionId);
            StoreSql.Execute(
                connection,
                transaction,
                "DELETE FROM draft_versions WHERE session_id = $session AND version > $head;",
                ("$session", sessionId),
                ("$head", head));
            var version = new DraftVersion(sessionId, head + 1, draft, cause, Now());
            InsertVersion(connection, transaction, sessionId, version.Version, draft, cause, version.CreatedAt);
            MoveHead(connection, transaction, sessionId, version.Version);
            return version;
        });
    }

    /// <summary>Moves the head one version back; null when at version 0.</summary>
    /// <exception cref="InvalidOperationException">The store has no such session.</exception>
    public DraftVersion? Undo(string sessionId) =>
        Write((connection, transaction) =>
        {
            var head = Head(connection, transaction, sessionId);
            if (head == 0)
            {
                return null;
            }

            MoveHead(connection, transaction, sessionId, head - 1);
            return FindVersion(connection, transaction, sessionId, head - 1);
        });

    /// <summary>Moves the head one version forward again; null when nothing was undone.</summary>
    /// <exception cref="InvalidOperationException">The store has no such session.</exception>
    public DraftVersion? Redo(string sessionId) =>
        Write((connection, transaction) =>
        {
            var head = Head(connection, transaction, sessionId);
            var next = FindVersion(connection, transaction, sessionId, head + 1);
            if (next is not null)
            {
                MoveHead(connection, transaction, sessionId, head + 1);
            }

            return next;
        });

    /// <summary>Every kept version, oldest first; empty for an unknown session.</summary>
    public IReadOnlyList<DraftVersion> History(string sessionId) =>
        Read(connection => StoreSql.Query(
            connection,
            null,
            $"SELECT {VersionColumns} FROM draft_versions v WHERE v.session_id = $session ORDER BY v.version;",
            ReadVersion,
            ("$session", sessionId)));

    private static int Head(SqliteConnection connection, SqliteTransaction transaction, string sessionId) =>
        StoreSql.Scalar(connection, transaction, "SELECT head FROM sessions WHERE session_id = $session;", ("$session", sessionId)) is long head
            ? checked((int)head)
            : throw new InvalidOperationException($"The store has no session '{sessionId}'.");

    private static void MoveHead(SqliteConnection connection, SqliteTransaction transaction, string sessionId, int version) =>
        StoreSql.Execute(
            connection,
            transaction,
            "UPDATE sessions SET head = $head WHERE session_id = $session;",
            ("$head", version),
            ("$session", sessionId));

    private static DraftVersion? FindVersion(SqliteConnection connection, SqliteTransaction transaction, string sessionId, int version) =>
        StoreSql.QueryFirst(
            connection,
            transaction,
            $"SELECT {VersionColumns} FROM draft_versions v WHERE v.session_id = $session AND v.version = $version;",
            ReadVersion,
            ("$session", sessionId),
            ("$version", version));

    private static void InsertVersion(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sessionId,
        int version,
        Draft draft,
        string cause,
        DateTimeOffset at) =>
        StoreSql.Execute(
            connection,
            transaction,
            "INSERT INTO draft_versions (session_id, version, draft, cause, created_at) VALUES ($session, $version, $draft, $cause, $at);",
            ("$session", sessionId),
            ("$version", version),
            ("$draft", draft.ToJson()),
            ("$cause", cause),
            ("$at", StoredTime.Format(at)));

    private static SessionRecord ReadSession(SqliteDataReader row) =>
        new(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetTime(4));

    private static DraftVersion ReadVersion(SqliteDataReader row) =>
        new(row.GetString(0), row.GetInt32(1), Draft.Parse(row.GetString(2)), row.GetString(3), row.GetTime(4));
}
