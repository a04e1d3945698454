using JanitorVideo.Core.Backend;

namespace JanitorVideo.Studio.Store;

public sealed partial class StudioStore
{
    // What a user holds, and removing what nobody uses any more

    /// <summary>How many projects (sessions) <paramref name="userId"/> has.</summary>
    public int CountSessions(string userId) =>
        Read(connection => Convert.ToInt32(StoreSql.Scalar(
            connection,
            null,
            "SELECT COUNT(*) FROM sessions WHERE user_id = $user;",
            ("$user", userId)), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Bytes <paramref name="userId"/> holds: their uploads (the same bytes once, however many projects
    /// use them) and their finished clips.
    /// </summary>
    public long StoredBytes(string userId) =>
        Read(connection => Convert.ToInt64(StoreSql.Scalar(
            connection,
            null,
            """
            SELECT
                COALESCE((SELECT SUM(bytes) FROM (
                    SELECT DISTINCT m.hash, m.bytes FROM media m JOIN sessions s ON s.session_id = m.session_id WHERE s.user_id = $user)), 0)
              + COALESCE((SELECT SUM(output_bytes) FROM renders WHERE user_id = $user), 0);
            """,
            ("$user", userId)), System.Globalization.CultureInfo.InvariantCulture));

    // A session is idle when its last use, edit, upload and render (and its start) are all before
    // $cutoff, and no render of it is waiting or running.
    private const string IdleCondition = """
        MAX(
            s.created_at,
            COALESCE(s.used_at, ''),
            COALESCE((SELECT MAX(v.created_at) FROM draft_versions v WHERE v.session_id = s.session_id), ''),
            COALESCE((SELECT MAX(m.added_at) FROM media m WHERE m.session_id = s.session_id), ''),
            COALESCE((SELECT MAX(COALESCE(r.completed_at, r.created_at)) FROM renders r WHERE r.session_id = s.session_id), '')
        ) < $cutoff
        AND NOT EXISTS (SELECT 1 FROM renders r WHERE r.session_id = s.session_id AND r.status IN ($pending, $processing))
        """;

    /// <summary>Notes that a session was used just now (so its project is not idle).</summary>
    public void MarkSessionUsed(string sessionId, DateTimeOffset at) =>
        Write((connection, transaction) => StoreSql.Execute(
            connection,
            transaction,
            "UPDATE sessions SET used_at = $at WHERE session_id = $session;",
            ("$at", StoredTime.Format(at)),
            ("$session", sessionId)));

    /// <summary>
    /// Sessions of users other than <paramref name="keptUserId"/> last used, edited, uploaded to or
    /// rendered (or started) before <paramref name="cutoff"/>, with no render waiting or running.
    /// </summary>
    public IReadOnlyList<string> IdleSessions(DateTimeOffset cutoff, string keptUserId) =>
        Read(connection => StoreSql.Query(
            connection,
            null,
            $"""
            SELECT s.session_id FROM sessions s
            WHERE s.user_id <> $kept
              AND {IdleCondition}
            ORDER BY s.created_at, s.rowid;
            """,
            row => row.GetString(0),
            ("$kept", keptUserId),
            ("$cutoff", StoredTime.Format(cutoff)),
            ("$pending", nameof(RenderStatus.Pending)),
            ("$processing", nameof(RenderStatus.Processing))));

    /// <summary>
    /// Removes a session with its versions, media records and renders, in one transaction; returns the
    /// finished clips' paths (relative to <see cref="Folder"/>) for the caller to delete. Media files are
    /// left: other sessions may share their bytes (<see cref="ReferencedMediaPaths"/> tells which are free).
    /// Null when the session is gone already or is no longer idle before <paramref name="cutoff"/> (used,
    /// edited or rendering since it was found idle): judged again inside the removal's own transaction.
    /// </summary>
    public IReadOnlyList<string>? RemoveSession(string sessionId, DateTimeOffset cutoff) =>
        Write((connection, transaction) =>
        {
            var idle = StoreSql.Scalar(
                connection,
                transaction,
                $"SELECT 1 FROM sessions s WHERE s.session_id = $session AND {IdleCondition};",
                ("$session", sessionId),
                ("$cutoff", StoredTime.Format(cutoff)),
                ("$pending", nameof(RenderStatus.Pending)),
                ("$processing", nameof(RenderStatus.Processing)));
            if (idle is null)
            {
                return null;
            }

            var clips = StoreSql.Query(
                connection,
                transaction,
                "SELECT output_path FROM renders WHERE session_id = $session AND output_path IS NOT NULL;",
                row => row.GetString(0),
                ("$session", sessionId));
            foreach (var table in (string[])["renders", "media", "draft_versions", "sessions"])
            {
                // The table names are ours; the session is a parameter.
                StoreSql.Execute(connection, transaction, $"DELETE FROM {table} WHERE session_id = $session;", ("$session", sessionId));
            }

            return (IReadOnlyList<string>?)clips;
        });

    /// <summary>Every media file and thumbnail a record refers to (relative to <see cref="Folder"/>).</summary>
    public HashSet<string> ReferencedMediaPaths() =>
        Read(connection => StoreSql.Query(
            connection,
            null,
            "SELECT stored_path FROM media UNION SELECT thumbnail_path FROM media WHERE thumbnail_path IS NOT NULL;",
            row => row.GetString(0)).ToHashSet(StringComparer.Ordinal));

    /// <summary>Clips finished before their size was kept (schema 2 and older) are measured once, when the store opens.</summary>
    private void MeasureUnmeasuredClips()
    {
        var unmeasured = Read(connection => StoreSql.Query(
            connection,
            null,
            "SELECT user_id, render_id, output_path FROM renders WHERE output_path IS NOT NULL AND output_bytes IS NULL;",
            row => (UserId: row.GetString(0), RenderId: row.GetString(1), Path: row.GetString(2))));
        foreach (var clip in unmeasured)
        {
            var file = new FileInfo(Resolve(clip.Path));
            Write((connection, transaction) => StoreSql.Execute(
                connection,
                transaction,
                "UPDATE renders SET output_bytes = $bytes WHERE user_id = $user AND render_id = $id;",
                ("$bytes", file.Exists ? file.Length : 0),
                ("$user", clip.UserId),
                ("$id", clip.RenderId)));
        }
    }
}
