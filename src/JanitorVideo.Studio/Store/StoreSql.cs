using Microsoft.Data.Sqlite;

namespace JanitorVideo.Studio.Store;

/// <summary>The few ways the store talks to SQLite: parameterised commands and nullable column reads.</summary>
internal static class StoreSql
{
    public static SqliteCommand Command(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static int Execute(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static List<T> Query<T>(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        Func<SqliteDataReader, T> read,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static T? QueryFirst<T>(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        Func<SqliteDataReader, T> read,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
        where T : class
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static double? GetNullableDouble(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static DateTimeOffset GetTime(this SqliteDataReader reader, int ordinal) =>
        StoredTime.Parse(reader.GetString(ordinal));

    public static DateTimeOffset? GetNullableTime(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoredTime.Parse(reader.GetString(ordinal));
}
