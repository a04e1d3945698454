using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

/// <summary>
/// The database layout as a list of steps; <c>PRAGMA user_version</c> says how many have been
/// applied, so an older file is upgraded in place by the steps it lacks.
/// </summary>
internal static class StoreSchema
{
    // Append new steps; never edit one that has shipped.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE users (
            user_id    TEXT PRIMARY KEY,
            client_id  TEXT,
            token_hash TEXT UNIQUE,
            expires_at TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE sessions (
            session_id TEXT PRIMARY KEY,
            task_id    TEXT NOT NULL UNIQUE,
            user_id    TEXT NOT NULL REFERENCES users (user_id),
            language   TEXT NOT NULL,
            head       INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX sessions_by_user ON sessions (user_id);

        CREATE TABLE draft_versions (
            session_id TEXT NOT NULL REFERENCES sessions (session_id),
            version    INTEGER NOT NULL,
            draft      TEXT NOT NULL,
            cause      TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (session_id, version)
        );

        CREATE TABLE media (
            media_id         TEXT PRIMARY KEY,
            session_id       TEXT NOT NULL REFERENCES sessions (session_id),
            kind             TEXT NOT NULL,
            file_name        TEXT NOT NULL,
            format           TEXT NOT NULL,
            stored_path      TEXT NOT NULL,
            hash             TEXT NOT NULL,
            bytes            INTEGER NOT NULL,
            width            INTEGER,
            height           INTEGER,
            duration_seconds REAL,
            fps              REAL,
            frame_count      INTEGER,
            thumbnail_path   TEXT,
            added_at         TEXT NOT NULL
        );
        CREATE INDEX media_by_session_hash ON media (session_id, hash);
        CREATE INDEX media_by_hash ON media (hash);

        CREATE TABLE renders (
            render_id    TEXT PRIMARY KEY,
            session_id   TEXT NOT NULL REFERENCES sessions (session_id),
            user_id      TEXT NOT NULL REFERENCES users (user_id),
            draft        TEXT NOT NULL,
            quality      TEXT NOT NULL,
            status       TEXT NOT NULL,
            progress     INTEGER NOT NULL,
            output_path  TEXT,
            error        TEXT,
            created_at   TEXT NOT NULL,
            completed_at TEXT
        );
        CREATE INDEX renders_by_status ON renders (status);

        CREATE TABLE ledger_entries (
            entry_id  INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id   TEXT NOT NULL REFERENCES users (user_id),
            amount    INTEGER NOT NULL,
            reason    TEXT NOT NULL,
            reference TEXT,
            at        TEXT NOT NULL
        );
        CREATE INDEX ledger_entries_by_user ON ledger_entries (user_id);

        -- The ledger is the record of what happened: corrections are new entries, never edits.
        CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
        BEGIN
            SELECT RAISE(ABORT, 'ledger entries are append-only');
        END;
        CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
        BEGIN
            SELECT RAISE(ABORT, 'ledger entries are append-only');
        END;

        CREATE TABLE reservations (
            reference  TEXT PRIMARY KEY,
            user_id    TEXT NOT NULL REFERENCES users (user_id),
            amount     INTEGER NOT NULL CHECK (amount >= 0),
            state      TEXT NOT NULL CHECK (state IN ('open', 'settled', 'released')),
            created_at TEXT NOT NULL,
            closed_at  TEXT
        );
        CREATE INDEX reservations_open_by_user ON reservations (user_id) WHERE state = 'open';
        """,
        // Render ids are the client's choice, so they are one namespace per user: keyed by (user, id),
        // one user's id neither blocks nor reveals another's. SQLite cannot change a primary key in place.
        """
        CREATE TABLE renders_by_user (
            render_id    TEXT NOT NULL,
            session_id   TEXT NOT NULL REFERENCES sessions (session_id),
            user_id      TEXT NOT NULL REFERENCES users (user_id),
            draft        TEXT NOT NULL,
            quality      TEXT NOT NULL,
            status       TEXT NOT NULL,
            progress     INTEGER NOT NULL,
            output_path  TEXT,
            error        TEXT,
            created_at   TEXT NOT NULL,
            completed_at TEXT,
            PRIMARY KEY (user_id, render_id)
        );
        INSERT INTO renders_by_user
            SELECT render_id, session_id, user_id, draft, quality, status, progress, output_path, error, created_at, completed_at
            FROM renders ORDER BY rowid;
        DROP TABLE renders;
        ALTER TABLE renders_by_user RENAME TO renders;
        CREATE INDEX renders_by_status ON renders (status);
        """,
        // What a user holds is counted at every upload and render: a finished clip's size is kept with it
        // (clips of earlier versions count as nothing), and renders are found by session. A session's
        // last use (any call about it, kept once an hour) keeps a project being read from the idle sweep.
        """
        ALTER TABLE renders ADD COLUMN output_bytes INTEGER;
        ALTER TABLE sessions ADD COLUMN used_at TEXT;
        CREATE INDEX renders_by_session ON renders (session_id);
        """,

        // A still picture's subject as found at upload (JSON, see FramingJson), so the agent can say
        // how it will be framed. Files kept before this step have none; their replies say nothing of it.
        """
        ALTER TABLE media ADD COLUMN framing TEXT;
        """,
    ];

    /// <summary>The version a fully upgraded database has.</summary>
    public static int CurrentVersion => Steps.Length;

    /// <summary>Applies the missing steps in one transaction (so two processes opening at once cannot both upgrade).</summary>
    /// <exception cref="InvalidOperationException">The file was made by a newer JanitorVideo.</exception>
    public static void Upgrade(SqliteConnection connection) => Upgrade(connection, CurrentVersion);

    /// <summary>Applies the steps up to <paramref name="target"/> only (how tests make a file of an older version).</summary>
    /// <exception cref="InvalidOperationException">The file was made by a newer JanitorVideo.</exception>
    public static void Upgrade(SqliteConnection connection, int target)
    {
        target = Math.Min(target, CurrentVersion);
        using var transaction = connection.BeginTransaction();
        var version = Convert.ToInt32(StoreSql.Scalar(connection, transaction, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The studio database was written by a newer JanitorVideo (schema {version}, this one knows {CurrentVersion}). Update JanitorVideo or point it at another data folder.");
        }

        for (var step = version; step < target; step++)
        {
            StoreSql.Execute(connection, transaction, Steps[step]);
        }

        // PRAGMA takes no parameters; the value is our own integer.
        StoreSql.Execute(connection, transaction, $"PRAGMA user_version = {Math.Max(version, target)};");
        transaction.Commit();
    }
}
