using System.Runtime.InteropServices;

namespace JanitorVideo.Bench;

/// <summary>CPU seconds the calling thread has used: unlike wall time, barely moved by other work on the machine.</summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    public static double CpuSeconds() =>
        ClockGetTime(ThreadCpuTime, out var now) == 0 ? now.Seconds + now.Nanoseconds / 1e9 : double.NaN;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
