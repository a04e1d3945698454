using System.Diagnostics;

namespace JanitorVideo.Server.Tests.Support;

/// <summary>Where the built server is, so tests can start it as a child process the way an MCP host does.</summary>
internal static class ServerProcess
{
    /// <summary>The server's entry assembly, copied beside the tests by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "janitor-video.dll");

    public static ProcessStartInfo StartInfo(string dataDir, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["JANITOR_DATA_DIR"] = dataDir;
        info.Environment.Remove("NEMO_TOKEN");
        info.Environment.Remove("NEMO_API_URL");
        info.Environment.Remove("JANITOR_BACKEND");
        return info;
    }
}
