using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>
/// Where an export lands when the user named no path: a <c>janitor-video/</c> folder in the first
/// root the client exposes (the user's workspace), when the client has roots and that root is a
/// folder on this machine; otherwise null, and the data folder's <c>exports/</c> is used as before.
/// </summary>
public static class WorkspaceFolder
{
    /// <summary>How long the client may take to list its roots before the data folder is used instead.</summary>
    public static readonly TimeSpan RootsWait = TimeSpan.FromSeconds(5);

    public const string FolderName = "janitor-video";

    public static async Task<string?> ResolveAsync(McpServer server, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.ClientCapabilities?.Roots is null)
        {
            return null;
        }

        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(RootsWait);
            var roots = await server.RequestRootsAsync(new ListRootsRequestParams(), wait.Token);
            if (roots.Roots.FirstOrDefault() is not { } first || !Uri.TryCreate(first.Uri, UriKind.Absolute, out var uri) || !uri.IsFile
                || !Directory.Exists(uri.LocalPath))
            {
                logger.LogInformation("The client's first root is not a folder on this machine; exports go to the data folder");
                return null;
            }

            var folder = Path.Combine(uri.LocalPath, FolderName);
            Directory.CreateDirectory(folder);
            return folder;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A client that cannot list its roots, or a root we cannot write to: the data folder, as without roots.
            logger.LogInformation("Could not use the client's roots for the export ({Reason}); exports go to the data folder", e.Message);
            return null;
        }
    }
}
