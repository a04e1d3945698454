using System.Security.Cryptography;
using System.Text;

namespace JanitorVideo.Studio.Store;

/// <summary>The store's identifiers and tokens: random hex from the system's secure generator.</summary>
internal static class StoreIds
{
    public const string TokenPrefix = "nmv_usr_";

    public const string LocalUserId = "local";

    public static string NewToken() => TokenPrefix + RandomHex(16);

    public static string NewUserId() => "u_" + RandomHex(6);

    public static string NewSessionId() => "s_" + RandomHex(8);

    public static string NewTaskId() => "t_" + RandomHex(8);

    /// <summary>What is kept of a token: its SHA-256, so a copy of the database grants nothing.</summary>
    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
