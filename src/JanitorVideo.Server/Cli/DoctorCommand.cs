using System.CommandLine;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Server.Backends;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Studio.Machine;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Server.Cli;

/// <summary>
/// <c>janitor-video doctor</c>: checks what the product needs on this machine (FFmpeg and ffprobe,
/// the fonts, a writable data folder, the backend choice) and says how to fix each problem.
/// Exit code 0 when everything is usable, 1 otherwise.
/// </summary>
public static class DoctorCommand
{
    public static Command Build(TextWriter stdout, Func<ParseResult, JanitorSettings?> settings)
    {
        var command = new Command("doctor", "Check FFmpeg, fonts, the data folder and the backend, and say how to fix each.");
        command.SetAction(async (result, cancellationToken) =>
        {
            var chosen = settings(result);
            if (chosen is null)
            {
                return 2;
            }
            var checks = new List<(string Name, bool Ok, string Detail)>
            {
                Check("FFmpeg", StudioPrerequisites.DescribeEncoder),
                Check("Fonts", () => string.Join(", ", StudioPrerequisites.FontFamilies())),
                Check("Data folder", () => WritableFolder(chosen.Data.Root)),
                chosen.Backend == BackendKind.Studio
                    ? Check("Backend", () => StudioCheck(chosen.Data.Studio))
                    : await CloudCheckAsync(cancellationToken),
            };
            foreach (var (name, ok, detail) in checks)
            {
                await stdout.WriteLineAsync($"{(ok ? "ok  " : "FIX ")} {name}: {detail}");
            }
            return checks.All(c => c.Ok) ? 0 : 1;
        });
        return command;
    }

    private static (string, bool, string) Check(string name, Func<string> probe)
    {
        try
        {
            return (name, true, probe());
        }
        catch (Exception e) when (e is StudioUnavailableException or IOException or UnauthorizedAccessException)
        {
            return (name, false, e.Message);
        }
    }

    /// <summary>The cloud answers, the token works (or an anonymous one can be had), and what is left to spend.</summary>
    private static async Task<(string, bool, string)> CloudCheckAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var backend = BackendFactory.Cloud(http, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var balance = await backend.GetCreditsAsync(limit.Token);
            var left = balance.Unlimited ? "no quota" : $"{balance.Available} credits left";
            return ("Backend", balance.Unlimited || balance.Available > 0,
                $"cloud at {Shown(http.BaseAddress)}: it answers and the token works; {left}" +
                (balance.Unlimited || balance.Available > 0 ? "" : " (generating and editing need credits: register or top up on NemoVideo)"));
        }
        catch (Exception e) when (e is VideoBackendException or HttpRequestException or OperationCanceledException)
        {
            return ("Backend", false, $"cloud at {Shown(http.BaseAddress)}: {e.Message} " +
                "Check NEMO_API_URL and the network, or set NEMO_TOKEN; JANITOR_BACKEND=studio works on this machine without them.");
        }
    }

    /// <summary>An address as shown to the user: without any user name or password it carries.</summary>
    private static string Shown(Uri? address) =>
        address is null ? "(not configured)" : address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private static string StudioCheck(string folder)
    {
        try
        {
            using var store = StudioStore.Open(folder);
            return $"studio (embedded): its database at {folder} opens; {store.UnfinishedRenders().Count} render(s) waiting";
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new IOException($"the studio's database at {folder} cannot be opened ({e.Message}); move that folder aside or set JANITOR_DATA_DIR to a new folder.", e);
        }
    }

    private static string WritableFolder(string root)
    {
        try
        {
            Directory.CreateDirectory(root);
            var probe = Path.Combine(root, $".doctor-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return $"{root} (writable)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{root} is not writable ({e.Message}); set JANITOR_DATA_DIR or --data-dir to a folder you own.", e);
        }
    }
}
