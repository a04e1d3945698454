using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

public sealed partial class StudioStore
{
    /// <summary>The reason recorded for the credits an anonymous token comes with.</summary>
    public const string AnonymousAllowanceReason = "anonymous allowance";

    private const string UserColumns = "user_id, client_id, expires_at";

    // Users and tokens

    /// <summary>
    /// The machine's own user (in-process studio): created once, never expires. Under a quota it is
    /// given <paramref name="allowance"/> once, as an anonymous token is (the first time it is asked
    /// for with a quota on, so a studio switched to quotas later has it too).
    /// </summary>
    public StudioUser LocalUser(long allowance = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(allowance);
        var local = new StudioUser(StoreIds.LocalUserId, null, null);
        if (FindUser(local.UserId) is null || allowance > 0)
        {
            Write((connection, transaction) =>
            {
                var now = Now();
                StoreSql.Execute(
                    connection,
                    transaction,
                    "INSERT OR IGNORE INTO users (user_id, client_id, token_hash, expires_at, created_at) VALUES ($user, NULL, NULL, NULL, $now);",
                    ("$user", local.UserId),
                    ("$now", StoredTime.Format(now)));
                if (allowance > 0 && StoreSql.Scalar(connection, transaction,
                        "SELECT 1 FROM ledger_entries WHERE user_id = $user AND reason = $reason;",
                        ("$user", local.UserId), ("$reason", AnonymousAllowanceReason)) is null)
                {
                    AppendEntry(connection, transaction, local.UserId, allowance, AnonymousAllowanceReason, null, now);
                }
            });
        }

        return local;
    }

    /// <summary>
    /// Issues an anonymous token for <paramref name="clientId"/>. The first token of a client id makes
    /// its user, with <paramref name="credits"/>; a later one (a renewal after 1001) is the same user's
    /// new token: the old token stops working, and the sessions, media and credits stay.
    /// </summary>
    /// <remarks>Only the token's SHA-256 is stored: the returned text is the one copy of it.</remarks>
    public IssuedToken IssueToken(string clientId, TimeSpan lifetime, long credits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentOutOfRangeException.ThrowIfNegative(credits);
        var token = StoreIds.NewToken();
        var now = Now();
        StudioUser? user = null;
        Write((connection, transaction) =>
        {
            var existing = StoreSql.QueryFirst(
                connection,
                transaction,
                $"SELECT {UserColumns} FROM users WHERE client_id = $client ORDER BY created_at DESC, user_id LIMIT 1;",
                ReadUser,
                ("$client", clientId));
            user = new StudioUser(existing?.UserId ?? StoreIds.NewUserId(), clientId, now + lifetime);
            if (existing is not null)
            {
                StoreSql.Execute(
                    connection,
                    transaction,
                    "UPDATE users SET token_hash = $hash, expires_at = $expires WHERE user_id = $user;",
                    ("$user", user.UserId),
                    ("$hash", StoreIds.HashToken(token)),
                    ("$expires", StoredTime.Format(user.ExpiresAt)));
                return;
            }

            StoreSql.Execute(
                connection,
                transaction,
                "INSERT INTO users (user_id, client_id, token_hash, expires_at, created_at) VALUES ($user, $client, $hash, $expires, $now);",
                ("$user", user.UserId),
                ("$client", clientId),
                ("$hash", StoreIds.HashToken(token)),
                ("$expires", StoredTime.Format(user.ExpiresAt)),
                ("$now", StoredTime.Format(now)));
            if (credits > 0)
            {
                AppendEntry(connection, transaction, user.UserId, credits, AnonymousAllowanceReason, null, now);
            }
        });
        return new IssuedToken(token, user!);
    }

    /// <summary>The user a token belongs to (expired or not: the caller decides), or null for an unknown token.</summary>
    public StudioUser? FindUserByToken(string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var hash = StoreIds.HashToken(token);
        return Read(connection => StoreSql.QueryFirst(
            connection,
            null,
            $"SELECT {UserColumns} FROM users WHERE token_hash = $hash;",
            ReadUser,
            ("$hash", hash)));
    }

    private StudioUser? FindUser(string userId) =>
        Read(connection => StoreSql.QueryFirst(
            connection,
            null,
            $"SELECT {UserColumns} FROM users WHERE user_id = $user;",
            ReadUser,
            ("$user", userId)));

    private static StudioUser ReadUser(SqliteDataReader row) =>
        new(row.GetString(0), row.GetNullableString(1), row.GetNullableTime(2));
}
