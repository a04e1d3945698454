using System.Globalization;

namespace JanitorVideo.Studio.Store;

/// <summary>
/// Instants as ISO-8601 UTC text with 100 ns precision: readable in the file, exact on the way back,
/// and fixed-width so text order is time order.
/// </summary>
internal static class StoredTime
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? value) => value is { } instant ? Format(instant) : null;

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
