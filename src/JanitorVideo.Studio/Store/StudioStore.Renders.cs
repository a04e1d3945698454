using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;
using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

public sealed partial class StudioStore
{
    private const string RenderColumns =
        "render_id, session_id, user_id, draft, quality, status, progress, output_path, error, created_at, completed_at";

    // Renders

    /// <summary>Adds a job; false when its user already has a render with this id (ids are per user).</summary>
    /// <exception cref="InvalidOperationException">The store has no such session or user.</exception>
    public bool TryAddRender(RenderRecord render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return Write((connection, transaction) =>
        {
            RequireSession(connection, transaction, render.SessionId);
            RequireUser(connection, transaction, render.UserId);
            return StoreSql.Execute(
                connection,
                transaction,
                $"INSERT INTO renders ({RenderColumns}) VALUES ($id, $session, $user, $draft, $quality, $status, $progress, $output, $error, $created, $completed) ON CONFLICT (user_id, render_id) DO NOTHING;",
                ("$id", render.RenderId),
                ("$session", render.SessionId),
                ("$user", render.UserId),
                ("$draft", render.Draft.ToJson()),
                ("$quality", render.Quality),
                ("$status", render.Status.ToString()),
                ("$progress", render.Progress),
                ("$output", render.OutputPath),
                ("$error", render.Error),
                ("$created", StoredTime.Format(render.CreatedAt)),
                ("$completed", StoredTime.Format(render.CompletedAt))) == 1;
        });
    }

    /// <summary>
    /// Sets a job's status and progress; <paramref name="outputPath"/>, <paramref name="error"/> and
    /// <paramref name="completedAt"/> are changed only when given (null leaves them as they are);
    /// <paramref name="outputBytes"/> is the finished clip's size, counted in what its user holds.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store has no such render.</exception>
    public void UpdateRender(string userId, string renderId, RenderStatus status, int progress, string? outputPath = null, string? error = null,
        DateTimeOffset? completedAt = null, long? outputBytes = null)
    {
        var updated = Write((connection, transaction) => StoreSql.Execute(
            connection,
            transaction,
            """
            UPDATE renders SET
                status = $status,
                progress = $progress,
                output_path = COALESCE($output, output_path),
                error = COALESCE($error, error),
                completed_at = COALESCE($completed, completed_at),
                output_bytes = COALESCE($bytes, output_bytes)
            WHERE user_id = $user AND render_id = $id;
            """,
            ("$user", userId),
            ("$id", renderId),
            ("$status", status.ToString()),
            ("$progress", progress),
            ("$output", outputPath),
            ("$error", error),
            ("$completed", StoredTime.Format(completedAt)),
            ("$bytes", outputBytes)));
        if (updated == 0)
        {
            throw new InvalidOperationException($"The store has no render '{renderId}' of user '{userId}'.");
        }
    }

    /// <summary>The user's render with this id; null when that user has none (another user's same id is not theirs).</summary>
    public RenderRecord? FindRender(string userId, string renderId) =>
        Read(connection => StoreSql.QueryFirst(
            connection,
            null,
            $"SELECT {RenderColumns} FROM renders WHERE user_id = $user AND render_id = $id;",
            ReadRender,
            ("$user", userId),
            ("$id", renderId)));

    /// <summary>A session's jobs, oldest first.</summary>
    public IReadOnlyList<RenderRecord> Renders(string sessionId) =>
        Read(connection => StoreSql.Query(
            connection,
            null,
            $"SELECT {RenderColumns} FROM renders WHERE session_id = $session ORDER BY created_at, rowid;",
            ReadRender,
            ("$session", sessionId)));

    /// <summary>How many of <paramref name="userId"/>'s jobs are pending or processing.</summary>
    public int CountUnfinishedRenders(string userId) =>
        Read(connection => Convert.ToInt32(StoreSql.Scalar(
            connection,
            null,
            "SELECT COUNT(*) FROM renders WHERE user_id = $user AND status IN ($pending, $processing);",
            ("$user", userId),
            ("$pending", nameof(RenderStatus.Pending)),
            ("$processing", nameof(RenderStatus.Processing))), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Pending and processing jobs, oldest first (what a restart must pick up).</summary>
    public IReadOnlyList<RenderRecord> UnfinishedRenders() =>
        Read(connection => StoreSql.Query(
            connection,
            null,
            $"SELECT {RenderColumns} FROM renders WHERE status IN ($pending, $processing) ORDER BY created_at, rowid;",
            ReadRender,
            ("$pending", nameof(RenderStatus.Pending)),
            ("$processing", nameof(RenderStatus.Processing))));

    private static RenderRecord ReadRender(SqliteDataReader row) =>
        new(
            RenderId: row.GetString(0),
            SessionId: row.GetString(1),
            UserId: row.GetString(2),
            Draft: Draft.Parse(row.GetString(3)),
            Quality: row.GetString(4),
            Status: Enum.Parse<RenderStatus>(row.GetString(5)),
            Progress: row.GetInt32(6),
            OutputPath: row.GetNullableString(7),
            Error: row.GetNullableString(8),
            CreatedAt: row.GetTime(9),
            CompletedAt: row.GetNullableTime(10));
}
