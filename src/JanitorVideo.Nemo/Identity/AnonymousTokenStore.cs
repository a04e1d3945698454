using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// The anonymous token kept in <c>~/.config/nemovideo/anonymous_token.json</c> (0600, written
/// atomically), so a restart reuses it rather than request another and spend the per-IP allowance
/// (about 10 tokens per IP per 7 days). A token within <see cref="ExpiryMargin"/> of its expiry,
/// or a file that cannot be read, counts as no token. Writing and forgetting take one lock between
/// processes (<c>anonymous_token.json.lock</c>), so forgetting a refused token never removes a newer
/// one that another process stored meanwhile. The token itself is never logged.
/// </summary>
internal sealed class AnonymousTokenStore(NemoConfigFolder folder, TimeProvider time, ILogger logger)
{
    /// <summary>A token this close to its expiry is not used: a call made with it could outlive it.</summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(5);

    // Each holder keeps the lock for microseconds; this only bounds a stuck one.
    private static readonly TimeSpan LockLimit = TimeSpan.FromSeconds(10);

    // The file's own format (snake_case, like every other NemoVideo file and message).
    private static readonly JsonSerializerOptions FileFormat = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>The stored token if it is still usable, else null.</summary>
    public AnonymousToken? Read()
    {
        if (AtomicFile.ReadOrNull(folder.AnonymousTokenFile) is not { } text)
        {
            return null;
        }

        var token = Parse(text);
        if (token is null)
        {
            logger.LogWarning("{TokenFile} could not be read as a stored token; a new anonymous token will be requested", folder.AnonymousTokenFile);
            return null;
        }

        if (!IsUsable(token))
        {
            logger.LogInformation("The stored anonymous token expires at {ExpiresAt}; a new one will be requested", token.ExpiresAt);
            return null;
        }

        return token;
    }

    /// <summary>Whether <paramref name="token"/> is further than <see cref="ExpiryMargin"/> from its expiry now.</summary>
    public bool IsUsable(AnonymousToken token) => token.IsUsableAt(time.GetUtcNow(), ExpiryMargin);

    /// <summary>Says that a token could not be stored, so the next process will request another.</summary>
    public void WarnNotStored(Exception exception) =>
        logger.LogWarning(exception, "Could not store the anonymous token in {TokenFile}; it is used for this run only", folder.AnonymousTokenFile);

    /// <summary>The lock that writing and forgetting the token take, beside the token file.</summary>
    public string LockFile => folder.AnonymousTokenFile + ".lock";

    /// <summary>Stores <paramref name="token"/> in place of any earlier one.</summary>
    /// <exception cref="IOException">The folder cannot be written, or another process held the lock too long.</exception>
    public void Write(AnonymousToken token)
    {
        folder.Create();
        using (FileLock.Acquire(LockFile, LockLimit))
        {
            AtomicFile.Replace(folder.AnonymousTokenFile, JsonSerializer.Serialize(token, FileFormat));
        }

        logger.LogInformation("Stored the anonymous token in {TokenFile} (expires at {ExpiresAt})", folder.AnonymousTokenFile, token.ExpiresAt);
    }

    /// <summary>
    /// Removes the stored token if it is still <paramref name="rejected"/>; a different one was stored
    /// by another process since, and is kept for the next read. When it cannot be removed (the lock held
    /// too long, say), a warning says so: the refused token may be read, refused and forgotten once more.
    /// </summary>
    public void Forget(string rejected)
    {
        if (AtomicFile.ReadOrNull(folder.AnonymousTokenFile) is null)
        {
            return;
        }

        try
        {
            // Read, compared and removed under the writers' lock: a token stored in between is never the one removed.
            using var held = FileLock.Acquire(LockFile, LockLimit);
            if (AtomicFile.ReadOrNull(folder.AnonymousTokenFile) is not { } text)
            {
                return;
            }

            if (Parse(text) is { } stored && !string.Equals(stored.Token, rejected, StringComparison.Ordinal))
            {
                logger.LogInformation("Another process stored a newer anonymous token in {TokenFile}; keeping it", folder.AnonymousTokenFile);
                return;
            }

            File.Delete(folder.AnonymousTokenFile);
            logger.LogInformation("Forgot the stored anonymous token in {TokenFile}", folder.AnonymousTokenFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not forget the stored anonymous token in {TokenFile}; it may be tried and refused once more", folder.AnonymousTokenFile);
        }
    }

    private static AnonymousToken? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<AnonymousToken>(text, FileFormat) is { Token.Length: > 0 } token ? token : null;
        }
        catch (JsonException)
        {
            // The exception's text may quote the file, which holds a secret: it is dropped, not logged.
            return null;
        }
    }
}
