using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests.Support;

/// <summary>
/// The server as users get it: <c>dotnet pack</c> of the server project into a temporary folder,
/// once for a test class, since packing takes a while. It packs the build these tests run against
/// (<c>--no-build</c>, in the same configuration), so what is checked is this code, never a stale package.
/// Whatever NuGet extracts goes to a folder of its own, so the user's package cache is neither
/// touched nor read.
/// </summary>
public sealed class PackedServer : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    /// <summary>The folder holding the package: a local NuGet source.</summary>
    public string Source => folder.Combine("source");

    /// <summary>The <c>.nupkg</c> file.</summary>
    public string PackagePath { get; private set; } = "";

    /// <summary>A fresh folder inside the fixture's temporary folder.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(folder.Combine(name)).FullName;

    public async Task InitializeAsync()
    {
        var project = RepositoryFolder.Combine("src", "JanitorVideo.Server", "JanitorVideo.Server.csproj");
        await RunDotnetAsync("dotnet pack", TimeSpan.FromMinutes(5),
            "pack", project, "-c", BuildConfiguration(), "--no-build", "-o", Source, "-nologo", "--disable-build-servers");
        PackagePath = Assert.Single(Directory.GetFiles(Source, "*.nupkg"));
    }

    /// <summary>The names of the package's entries, with '/' between folders.</summary>
    public IReadOnlyList<string> EntryNames()
    {
        using var package = ZipFile.OpenRead(PackagePath);
        return [.. package.Entries.Select(entry => entry.FullName)];
    }

    /// <summary>The text of one entry of the package; the test fails when it is missing.</summary>
    public string ReadEntry(string name)
    {
        using var package = ZipFile.OpenRead(PackagePath);
        var entry = package.GetEntry(name);
        Assert.True(entry is not null, $"the package has no {name}; it has: {string.Join(", ", package.Entries.Select(e => e.FullName).Where(n => !n.Contains("/runtimes/", StringComparison.Ordinal)))}");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> as a user would, except that NuGet extracts
    /// into this fixture's folder. Fails the test, with the command's output, when it does not exit 0.
    /// </summary>
    public async Task<string> RunDotnetAsync(string what, TimeSpan limit, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in ChildEnvironment())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Deadline.ExitAsync(process, what, limit);
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{what} exited with {process.ExitCode}:\n{output}");
        return output;
    }

    /// <summary>
    /// The environment for a child process run from the package: NuGet extracts into this fixture's
    /// folder, the data folder is <paramref name="dataFolder"/>, and the backend is the default studio.
    /// </summary>
    public Dictionary<string, string?> ChildEnvironment(string? dataFolder = null) => new()
    {
        ["NUGET_PACKAGES"] = folder.Combine("nuget"),
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["JANITOR_DATA_DIR"] = dataFolder ?? folder.Combine("data"),
        ["JANITOR_BACKEND"] = null,
        ["NEMO_TOKEN"] = null,
        ["NEMO_API_URL"] = null,
    };

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    private static string BuildConfiguration() =>
        typeof(PackedServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BuildConfiguration").Value!;
}
