using JanitorVideo.Core.Errors;
using JanitorVideo.Server.Configuration;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// The folders a client's file paths may point into (upload sources, export destinations), judged
/// on the real path: symlinks followed and <c>..</c> removed, for every folder on the way. The data
/// folder's <c>inbox/</c> and <c>exports/</c> are always inside. Over HTTP (clients on other
/// machines or in a browser) only those and <c>JANITOR_ALLOWED_ROOTS</c>; over stdio
/// <c>JANITOR_ALLOWED_ROOTS</c> when set, else the client's MCP roots when it declares some, else
/// anywhere (the local user already has those files). A path outside gets one refusal that says
/// nothing about the path itself.
/// </summary>
public sealed class AllowedArea
{
    private readonly string[]? _roots;

    private AllowedArea(IEnumerable<string>? roots) =>
        _roots = roots?.Select(root => RealPath.Of(Path.GetFullPath(root))).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>No confinement.</summary>
    public static AllowedArea Anywhere { get; } = new(null);

    /// <summary>The area for one call, from the settings and the client's roots (local folders; null when it declares none).</summary>
    public static AllowedArea For(JanitorSettings settings, IReadOnlyList<string>? clientRoots)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string[] always = [settings.Data.Inbox, settings.Data.Exports];
        if (settings.RemoteClients)
        {
            return new AllowedArea([.. always, .. settings.AllowedRoots]);
        }

        if (settings.AllowedRoots.Count > 0)
        {
            return new AllowedArea([.. always, .. settings.AllowedRoots]);
        }

        return clientRoots is { Count: > 0 } roots ? new AllowedArea([.. always, .. roots]) : Anywhere;
    }

    /// <summary>The folders inside (their real paths); empty for <see cref="Anywhere"/>.</summary>
    public IReadOnlyList<string> Roots => _roots ?? [];

    public bool IsAnywhere => _roots is null;

    /// <summary>Whether <paramref name="fullPath"/> (absolute; it need not exist) really lies inside one of the folders.</summary>
    public bool Contains(string fullPath)
    {
        if (_roots is null)
        {
            return true;
        }

        string real;
        try
        {
            real = RealPath.Of(Path.GetFullPath(fullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A path whose way cannot be followed (a folder we may not read, a link loop) is not inside.
            return false;
        }

        return _roots.Any(root => real == root || real.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal));
    }

    /// <summary>Throws the one refusal for a path outside (the same words whether it exists or not).</summary>
    public void Require(string fullPath)
    {
        if (!Contains(fullPath))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                "That path is outside the folders this server may read and write. Use a file inside one of: " +
                string.Join(", ", Roots) + " (the server's JANITOR_ALLOWED_ROOTS setting adds folders).");
        }
    }
}

/// <summary>The real path of a file or folder that may not exist: each existing part's symlink followed, the rest kept as written.</summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string fullPath) => Resolve(fullPath, 0);

    private static string Resolve(string fullPath, int depth)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is null)
            {
                current = next;
                continue;
            }

            if (depth >= MaxLinks)
            {
                throw new IOException("Too many levels of symbolic links.");
            }

            // A link: continue from where it points, resolved the same way (it may be relative, or pass through links).
            var target = Path.GetFullPath(info.LinkTarget, current);
            current = Resolve(target, depth + 1);
        }

        return current;
    }
}
