using System.Globalization;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// The client id kept in <c>~/.config/nemovideo/client_id</c>: created once (a UUID, 0600, written
/// atomically) and read by every later process, because a new id on every start burns the per-IP
/// anonymous-token allowance. Two processes starting at once end with one id: it is written under
/// a lock, and the second reads the first one's. A file that does not hold a UUID is replaced,
/// with a warning. The id itself is never logged.
/// </summary>
internal sealed class ClientIdStore(NemoConfigFolder folder, ILogger logger)
{
    private static readonly TimeSpan LockLimit = TimeSpan.FromSeconds(10);

    /// <summary>The stored id, created and stored first if there is none or the file is corrupt.</summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Likewise, when it is not ours to write.</exception>
    public Guid ReadOrCreate()
    {
        if (AtomicFile.ReadOrNull(folder.ClientIdFile) is { } text && TryParse(text, out var stored))
        {
            return stored;
        }

        folder.Create();
        // Under a lock, so two processes that both found no id (or a corrupt one) do not each write
        // their own: the second finds the first one's id when it gets the lock.
        using var held = FileLock.Acquire(folder.ClientIdFile + ".lock", LockLimit);
        var found = AtomicFile.ReadOrNull(folder.ClientIdFile);
        if (found is not null && TryParse(found, out stored))
        {
            return stored;
        }

        var created = Guid.NewGuid();
        AtomicFile.Replace(folder.ClientIdFile, Text(created));
        if (found is null)
        {
            logger.LogInformation("Created this machine's NemoVideo client id in {ClientIdFile}", folder.ClientIdFile);
        }
        else
        {
            logger.LogWarning(
                "{ClientIdFile} did not hold a UUID; replaced it with a new client id (the old one, if any, is lost, so a new anonymous token may be needed)",
                folder.ClientIdFile);
        }

        return created;
    }

    /// <summary>
    /// Replaces <paramref name="refused"/>, the id the service would not take, with a new one and
    /// stores it. When another process has already replaced it, its id is taken instead, so the
    /// processes of one machine keep sharing one id.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Likewise, when it is not ours to write.</exception>
    public Guid Replace(Guid refused)
    {
        folder.Create();
        using var held = FileLock.Acquire(folder.ClientIdFile + ".lock", LockLimit);
        if (AtomicFile.ReadOrNull(folder.ClientIdFile) is { } text && TryParse(text, out var stored) && stored != refused)
        {
            return stored;
        }

        var created = Guid.NewGuid();
        AtomicFile.Replace(folder.ClientIdFile, Text(created));
        logger.LogWarning("The video service refused this machine's client id; stored a new one in {ClientIdFile}", folder.ClientIdFile);
        return created;
    }

    /// <summary>Whether <paramref name="text"/> is a client id: a UUID (any of .NET's spellings), not the all-zero one.</summary>
    public static bool TryParse(string text, out Guid id) =>
        Guid.TryParse(text.Trim(), out id) && id != Guid.Empty;

    /// <summary>The id as it is stored and sent: 36 lower-case characters with hyphens.</summary>
    public static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
