using System.Globalization;
using System.Text.RegularExpressions;

namespace JanitorVideo.Bench;

/// <summary>
/// The phase lines a server under test wrote to its log file (<c>logs/janitor-video-*.log</c> under
/// its data folder, at <c>JANITOR_LOG_LEVEL=Information</c>): the render queue's
/// "Render … completed in N ms (…); phases: queue N ms, decode N ms, …" and the export's
/// "Export of … delivered render … in N ms (…); phases: project N ms, render wait N ms, …".
/// Each is read as figures by name, so a phase added or moved in the line does not break the bench.
/// </summary>
internal sealed partial class ServerLog(string dataDir)
{
    /// <summary>The figures of the render queue's line for <paramref name="renderId"/>: each phase by name, and "total" (started → completed).</summary>
    public Task<IReadOnlyDictionary<string, double>> RenderAsync(string renderId, CancellationToken cancellationToken) =>
        FindAsync($"Render {renderId} completed in ", cancellationToken);

    /// <summary>The figures of the export's line for <paramref name="renderId"/>: each phase by name, and "total" (the export's own time).</summary>
    public Task<IReadOnlyDictionary<string, double>> ExportAsync(string renderId, CancellationToken cancellationToken) =>
        FindAsync($"delivered render {renderId} to ", cancellationToken);

    // The line is written before the tool answers; a short wait covers a file sink that is slow to show it.
    private async Task<IReadOnlyDictionary<string, double>> FindAsync(string marker, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Lines().LastOrDefault(line => line.Contains(marker, StringComparison.Ordinal)) is { } line)
            {
                return Figures(line[line.IndexOf(marker, StringComparison.Ordinal)..]);
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new InvalidOperationException($"The server's log under {dataDir} has no line with '{marker.Trim()}' (is JANITOR_LOG_LEVEL Information?).");
    }

    private IEnumerable<string> Lines()
    {
        var folder = Path.Combine(dataDir, "logs");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "janitor-video-*.log").Order(StringComparer.Ordinal))
        {
            // The server holds the file open and writes on: read it without locking it.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(file);
            while (reader.ReadLine() is { } line)
            {
                yield return line;
            }
        }
    }

    /// <summary>"in N ms" as "total", then every "name N ms" after the word "phases:".</summary>
    private static Dictionary<string, double> Figures(string line)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Total().Match(line) is { Success: true } total)
        {
            figures["total"] = double.Parse(total.Groups["ms"].Value, CultureInfo.InvariantCulture);
        }

        var phases = line.IndexOf("phases:", StringComparison.Ordinal);
        if (phases >= 0)
        {
            foreach (Match phase in Phase().Matches(line[phases..]))
            {
                figures[phase.Groups["name"].Value] = double.Parse(phase.Groups["ms"].Value, CultureInfo.InvariantCulture);
            }
        }

        return figures;
    }

    [GeneratedRegex(@"\bin (?<ms>\d+(?:\.\d+)?) ms\b")]
    private static partial Regex Total();

    [GeneratedRegex(@"(?<=[:,;] )(?<name>[a-z]+(?: [a-z]+)*) (?<ms>\d+(?:\.\d+)?) ms\b")]
    private static partial Regex Phase();
}
