using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

public sealed partial class StudioStore
{
    /// <summary>The reason recorded when a reservation becomes a spend.</summary>
    public const string SettledReason = "reservation settled";

    private const string OpenState = "open";
    private const string SettledState = "settled";
    private const string ReleasedState = "released";

    // Credits

    /// <summary>What the user can spend (posted entries less open reservations) and what is reserved.</summary>
    public LedgerBalance Balance(string userId) =>
        Read(connection => BalanceOf(connection, null, userId));

    /// <summary>Adds (grant) or removes (spend) credits, with the reason kept in the ledger.</summary>
    /// <exception cref="InvalidOperationException">The store has no such user.</exception>
    public void Post(string userId, long amount, string reason, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Write((connection, transaction) =>
        {
            RequireUser(connection, transaction, userId);
            AppendEntry(connection, transaction, userId, amount, reason, reference, Now());
        });
    }

    /// <summary>
    /// Freezes <paramref name="amount"/> under <paramref name="reference"/> when that much is available;
    /// false when it is not, or when the reference was used before.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store has no such user.</exception>
    public bool TryReserve(string userId, long amount, string reference)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        return Write((connection, transaction) =>
        {
            RequireUser(connection, transaction, userId);
            var taken = StoreSql.Scalar(connection, transaction, "SELECT 1 FROM reservations WHERE reference = $reference;", ("$reference", reference)) is not null;
            if (taken || BalanceOf(connection, transaction, userId).Available < amount)
            {
                return false;
            }

            StoreSql.Execute(
                connection,
                transaction,
                "INSERT INTO reservations (reference, user_id, amount, state, created_at) VALUES ($reference, $user, $amount, $open, $now);",
                ("$reference", reference),
                ("$user", userId),
                ("$amount", amount),
                ("$open", OpenState),
                ("$now", StoredTime.Format(Now())));
            return true;
        });
    }

    /// <summary>Turns a reservation into a spend; an unknown or already closed reference changes nothing.</summary>
    public void Settle(string reference) => Close(reference, SettledState);

    /// <summary>Gives a reservation back; an unknown or already closed reference changes nothing.</summary>
    public void Release(string reference) => Close(reference, ReleasedState);

    private void Close(string reference, string state) =>
        Write((connection, transaction) =>
        {
            var now = Now();
            var open = StoreSql.QueryFirst(
                connection,
                transaction,
                "SELECT user_id, amount FROM reservations WHERE reference = $reference AND state = $open;",
                row => new OpenReservation(row.GetString(0), row.GetInt64(1)),
                ("$reference", reference),
                ("$open", OpenState));
            if (open is null)
            {
                return;
            }

            StoreSql.Execute(
                connection,
                transaction,
                "UPDATE reservations SET state = $state, closed_at = $now WHERE reference = $reference;",
                ("$state", state),
                ("$now", StoredTime.Format(now)),
                ("$reference", reference));
            if (state == SettledState)
            {
                AppendEntry(connection, transaction, open.UserId, -open.Amount, SettledReason, reference, now);
            }
        });

    private static LedgerBalance BalanceOf(SqliteConnection connection, SqliteTransaction? transaction, string userId) =>
        StoreSql.QueryFirst(
            connection,
            transaction,
            """
            SELECT
                (SELECT COALESCE(SUM(amount), 0) FROM ledger_entries WHERE user_id = $user),
                (SELECT COALESCE(SUM(amount), 0) FROM reservations WHERE user_id = $user AND state = $open);
            """,
            row => new LedgerBalance(row.GetInt64(0) - row.GetInt64(1), row.GetInt64(1)),
            ("$user", userId),
            ("$open", OpenState))!;

    private static void AppendEntry(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string userId,
        long amount,
        string reason,
        string? reference,
        DateTimeOffset at) =>
        StoreSql.Execute(
            connection,
            transaction,
            "INSERT INTO ledger_entries (user_id, amount, reason, reference, at) VALUES ($user, $amount, $reason, $reference, $at);",
            ("$user", userId),
            ("$amount", amount),
            ("$reason", reason),
            ("$reference", reference),
            ("$at", StoredTime.Format(at)));

    private sealed record OpenReservation(string UserId, long Amount);
}
