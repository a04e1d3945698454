using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>
/// What a call may touch on this machine and where its export lands by default, from the client's
/// MCP roots (asked once per call, 5 s at most) and the settings: the <see cref="AllowedArea"/> for
/// its paths, and a <c>janitor-video/</c> folder in its first root (the user's workspace) when that
/// root is a folder here inside the area; else no workspace (the data folder's <c>exports/</c>).
/// </summary>
public sealed record ClientFolders(AllowedArea Area, string? Workspace)
{
    /// <summary>How long the client may take to list its roots before it counts as having none.</summary>
    public static readonly TimeSpan RootsWait = TimeSpan.FromSeconds(5);

    public const string WorkspaceFolderName = "janitor-video";

    /// <param name="workspace">Whether the default export folder is wanted (it is made when it is).</param>
    public static async Task<ClientFolders> ResolveAsync(McpServer server, JanitorSettings settings, ILogger logger, bool workspace,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var roots = await RootsAsync(server, logger, cancellationToken);
        var area = AllowedArea.For(settings, roots);
        if (!workspace || roots is not [var first, ..])
        {
            return new ClientFolders(area, null);
        }

        var folder = Path.Combine(first, WorkspaceFolderName);
        if (!area.Contains(folder))
        {
            logger.LogInformation("The client's first root is outside the allowed folders; exports go to the data folder");
            return new ClientFolders(area, null);
        }

        try
        {
            Directory.CreateDirectory(folder);
            return new ClientFolders(area, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogInformation("Could not make {Folder} for the export ({Reason}); exports go to the data folder", folder, e.Message);
            return new ClientFolders(area, null);
        }
    }

    /// <summary>The client's roots that are folders on this machine, in its order; null when it has none, or cannot list them in time.</summary>
    private static async Task<IReadOnlyList<string>?> RootsAsync(McpServer server, ILogger logger, CancellationToken cancellationToken)
    {
        if (server.ClientCapabilities?.Roots is null)
        {
            return null;
        }

        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(RootsWait);
            var listed = await server.RequestRootsAsync(new ListRootsRequestParams(), wait.Token);
            var folders = listed.Roots
                .Select(root => Uri.TryCreate(root.Uri, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : null)
                .OfType<string>()
                .Where(Directory.Exists)
                .ToList();
            return folders.Count == 0 ? null : folders;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A client that cannot list its roots in time counts as having none.
            logger.LogInformation("Could not list the client's roots ({Reason})", e.Message);
            return null;
        }
    }
}
