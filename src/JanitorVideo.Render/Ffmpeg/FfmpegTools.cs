namespace JanitorVideo.Render.Ffmpeg;

/// <summary>Where the FFmpeg and ffprobe executables are.</summary>
public sealed record FfmpegTools(string Ffmpeg, string Ffprobe)
{
    /// <summary>What a user reads when FFmpeg cannot be found or started.</summary>
    public const string NotInstalledMessage = "FFmpeg is not installed: run scripts/ensure-deps.sh, or apt-get install ffmpeg";

    /// <summary>
    /// Finds the tools: <c>JANITOR_FFMPEG</c> and <c>JANITOR_FFPROBE</c> when set, else the PATH.
    /// Throws <see cref="RenderInputException"/> with install advice when one is missing.
    /// </summary>
    public static FfmpegTools Locate() => Locate(Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Locate()"/>, reading the environment through <paramref name="environment"/>.</summary>
    internal static FfmpegTools Locate(Func<string, string?> environment) =>
        new(Find("ffmpeg", "JANITOR_FFMPEG", environment), Find("ffprobe", "JANITOR_FFPROBE", environment));

    private static string Find(string name, string variable, Func<string, string?> environment)
    {
        var configured = environment(variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return IsExecutableFile(configured)
                ? Path.GetFullPath(configured)
                : throw new RenderInputException($"{variable} is set to '{configured}', which is not an executable file: fix or unset it. {NotInstalledMessage}");
        }

        var fileName = OperatingSystem.IsWindows() ? name + ".exe" : name;
        foreach (var folder in (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = Path.Combine(folder.Trim('"'), fileName);
            if (IsExecutableFile(candidate))
            {
                return candidate;
            }
        }

        throw new RenderInputException(NotInstalledMessage);
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
