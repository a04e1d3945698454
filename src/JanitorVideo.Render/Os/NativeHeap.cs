using System.Runtime.InteropServices;

namespace JanitorVideo.Render.Os;

/// <summary>
/// Keeps the native heap from growing render after render. Skia's bitmaps (the stage, the
/// cut-out, each frame thread's canvas: megabytes each) are allocated with malloc. glibc serves a
/// large block with its own mapping, returned to the system when freed, until a freed one raises
/// its threshold; after that such blocks come from its arenas, where they fragment and stay: a
/// server measured 1.39x the memory after 20 exports that it held after 2. Fixing the threshold
/// at 1 MiB keeps every large block in its own mapping (the same server: 1.17x).
/// </summary>
public static partial class NativeHeap
{
    /// <summary>Blocks of at least this many bytes get their own mapping.</summary>
    public const int LargeBlockBytes = 1 << 20;

    private const int MmapThreshold = -3; // M_MMAP_THRESHOLD

    /// <summary>
    /// Sets glibc's threshold once for the process; true when it took. Elsewhere (another C
    /// library, another system) nothing changes.
    /// </summary>
    public static bool KeepLargeBlocksApart()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return SetOption(MmapThreshold, LargeBlockBytes) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl and other C libraries have no mallopt: their allocators work differently.
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int SetOption(int option, int value);
}
