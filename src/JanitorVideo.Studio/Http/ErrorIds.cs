using System.Security.Cryptography;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Studio.Http;

/// <summary>Short ids that tie an unexpected failure's answer to its log entry.</summary>
internal static class ErrorIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    public static string Explain(string errorId) =>
        $"{ErrorCatalogue.Explain(ErrorKind.Unexpected)} (error id {errorId})";
}
