using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace JanitorVideo.Render.Os;

/// <summary>
/// Grows a pipe's kernel buffer (Linux's default is 64 KB). Frames are megabytes each: through a
/// small pipe the writer and FFmpeg take turns every 64 KB, each turn a pair of system calls and
/// wake-ups; a 1 MB pipe cuts those sixteen-fold.
/// </summary>
internal static partial class PipeCapacity
{
    public const int Large = 1 << 20;

    private const int SetPipeSize = 1031; // F_SETPIPE_SZ

    /// <summary>Asks for <paramref name="bytes"/> of buffer; a refusal (a system limit, not Linux, not a pipe) leaves the pipe as it was.</summary>
    public static void TryGrow(Stream stream, int bytes)
    {
        if (!OperatingSystem.IsLinux() || stream is not PipeStream { SafePipeHandle: { IsInvalid: false } handle })
        {
            return;
        }
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            _ = SetSize((int)handle.DangerousGetHandle(), SetPipeSize, bytes);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int SetSize(int descriptor, int command, int bytes);
}
