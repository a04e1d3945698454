using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

public sealed partial class StudioStore
{
    private const string MediaColumns =
        "media_id, session_id, kind, file_name, format, stored_path, hash, bytes, width, height, duration_seconds, fps, frame_count, thumbnail_path, added_at, framing";

    // Media

    /// <summary>Records a file of a session. The bytes must already be at <see cref="MediaRecord.StoredPath"/>.</summary>
    /// <exception cref="InvalidOperationException">The store has no such session, or already has a file with this id.</exception>
    public MediaRecord AddMedia(MediaRecord media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return Write((connection, transaction) =>
        {
            RequireSession(connection, transaction, media.SessionId);
            if (FindMediaRow(connection, transaction, media.MediaId) is not null)
            {
                throw new InvalidOperationException($"The store already has a file with id '{media.MediaId}'.");
            }

            StoreSql.Execute(
                connection,
                transaction,
                $"INSERT INTO media ({MediaColumns}) VALUES ($id, $session, $kind, $name, $format, $path, $hash, $bytes, $width, $height, $duration, $fps, $frames, $thumbnail, $at, $framing);",
                ("$id", media.MediaId),
                ("$session", media.SessionId),
                ("$kind", media.Kind),
                ("$name", media.FileName),
                ("$format", media.Format),
                ("$path", media.StoredPath),
                ("$hash", media.Hash),
                ("$bytes", media.Bytes),
                ("$width", media.Width),
                ("$height", media.Height),
                ("$duration", media.DurationSeconds),
                ("$fps", media.Fps),
                ("$frames", media.FrameCount),
                ("$thumbnail", media.ThumbnailPath),
                ("$at", StoredTime.Format(media.AddedAt)),
                ("$framing", FramingJson.Write(media.Framing)));
            return media;
        });
    }

    public MediaRecord? FindMedia(string mediaId) =>
        Read(connection => FindMediaRow(connection, null, mediaId));

    /// <summary>The session's file with these bytes, if it has one (the first recorded).</summary>
    public MediaRecord? FindMediaByHash(string sessionId, string hash) =>
        Read(connection => StoreSql.QueryFirst(
            connection,
            null,
            $"SELECT {MediaColumns} FROM media WHERE session_id = $session AND hash = $hash ORDER BY added_at, rowid LIMIT 1;",
            ReadMedia,
            ("$session", sessionId),
            ("$hash", hash)));

    /// <summary>Any record of these bytes in any session (so the bytes are stored once).</summary>
    public MediaRecord? FindAnyMediaByHash(string hash) =>
        Read(connection => StoreSql.QueryFirst(
            connection,
            null,
            $"SELECT {MediaColumns} FROM media WHERE hash = $hash ORDER BY added_at, rowid LIMIT 1;",
            ReadMedia,
            ("$hash", hash)));

    /// <summary>The session's files, oldest first.</summary>
    public IReadOnlyList<MediaRecord> Media(string sessionId) =>
        Read(connection => StoreSql.Query(
            connection,
            null,
            $"SELECT {MediaColumns} FROM media WHERE session_id = $session ORDER BY added_at, rowid;",
            ReadMedia,
            ("$session", sessionId)));

    private static MediaRecord? FindMediaRow(SqliteConnection connection, SqliteTransaction? transaction, string mediaId) =>
        StoreSql.QueryFirst(
            connection,
            transaction,
            $"SELECT {MediaColumns} FROM media WHERE media_id = $id;",
            ReadMedia,
            ("$id", mediaId));

    private static MediaRecord ReadMedia(SqliteDataReader row) =>
        new(
            MediaId: row.GetString(0),
            SessionId: row.GetString(1),
            Kind: row.GetString(2),
            FileName: row.GetString(3),
            Format: row.GetString(4),
            StoredPath: row.GetString(5),
            Hash: row.GetString(6),
            Bytes: row.GetInt64(7),
            Width: row.GetNullableInt32(8),
            Height: row.GetNullableInt32(9),
            DurationSeconds: row.GetNullableDouble(10),
            Fps: row.GetNullableDouble(11),
            FrameCount: row.GetNullableInt32(12),
            ThumbnailPath: row.GetNullableString(13),
            AddedAt: row.GetTime(14),
            Framing: FramingJson.Read(row.GetNullableString(15)));
}
