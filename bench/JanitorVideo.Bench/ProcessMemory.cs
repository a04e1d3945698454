namespace JanitorVideo.Bench;

/// <summary>
/// A process's memory as Linux reports it in <c>/proc/&lt;pid&gt;/status</c>: the resident set now
/// (<c>VmRSS</c>) and the most it has ever been (<c>VmHWM</c>, the high-water mark the kernel keeps,
/// so no peak between two readings is missed).
/// </summary>
internal sealed record ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public double ResidentMegabytes => ResidentBytes / (1024.0 * 1024);

    public double PeakResidentMegabytes => PeakResidentBytes / (1024.0 * 1024);

    public static ProcessMemory Of(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        return new ProcessMemory(Kilobytes(lines, "VmRSS:") * 1024, Kilobytes(lines, "VmHWM:") * 1024);
    }

    /// <summary>The running child of this process whose command line contains <paramref name="argument"/>, apart from <paramref name="except"/>.</summary>
    public static int ChildWith(string argument, params int[] except)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || except.Contains(pid))
            {
                continue;
            }

            try
            {
                if (ParentOf(pid) == Environment.ProcessId && File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0').Contains(argument))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // The process ended while it was being read.
            }
        }

        throw new InvalidOperationException($"No child process runs with '{argument}'.");
    }

    /// <summary>The names of the running children of <paramref name="parent"/> (FFmpeg's, for a studio that renders).</summary>
    public static IReadOnlyList<string> ChildrenOf(int parent)
    {
        var names = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(folder), out var pid) && ParentOf(pid) == parent)
                {
                    names.Add(File.ReadAllText(Path.Combine(folder, "comm")).Trim());
                }
            }
            catch (IOException)
            {
                // The process ended while it was being read.
            }
        }

        return names;
    }

    // The parent is the fourth field of /proc/<pid>/stat, after the command name in parentheses.
    private static int ParentOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The bytes <paramref name="pid"/> has read through read calls (<c>rchar</c> in <c>/proc/&lt;pid&gt;/io</c>): files,
    /// pipes and the like, not sockets (.NET receives from those with <c>recvmsg</c>, which this does not count).
    /// </summary>
    public static long BytesRead(int pid)
    {
        const string field = "rchar:";
        return long.Parse(File.ReadAllLines($"/proc/{pid}/io").Single(line => line.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The CPU <paramref name="pid"/> has used (<c>utime</c> + <c>stime</c> of <c>/proc/&lt;pid&gt;/stat</c>), and what its
    /// children that ended and were waited for used (<c>cutime</c> + <c>cstime</c>): FFmpeg's and ffprobe's, for a server.
    /// In clock ticks of 10 ms.
    /// </summary>
    public static (TimeSpan Own, TimeSpan Children) CpuOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long Ticks(int index) => long.Parse(fields[index], System.Globalization.CultureInfo.InvariantCulture);
        return (TimeSpan.FromMilliseconds((Ticks(11) + Ticks(12)) * 10), TimeSpan.FromMilliseconds((Ticks(13) + Ticks(14)) * 10));
    }

    private static long Kilobytes(string[] lines, string field) =>
        long.Parse(lines.Single(line => line.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture);
}
