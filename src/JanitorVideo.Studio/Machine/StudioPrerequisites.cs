using JanitorVideo.Render;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Os;
using JanitorVideo.Render.Text;

namespace JanitorVideo.Studio.Machine;

/// <summary>What the studio needs from this machine (FFmpeg and ffprobe, fonts), found and checked in one place.</summary>
public static class StudioPrerequisites
{
    /// <summary>
    /// Sets up the process for rendering, before any picture is allocated: large native blocks
    /// (Skia's bitmaps) are given back when freed, so a long-running server does not grow export
    /// after export (see <see cref="NativeHeap"/>). True when it took (glibc on Linux).
    /// </summary>
    public static bool PrepareProcess() => NativeHeap.KeepLargeBlocksApart();

    /// <summary>FFmpeg and ffprobe, from <c>JANITOR_FFMPEG</c>/<c>JANITOR_FFPROBE</c> or the PATH.</summary>
    /// <exception cref="StudioUnavailableException">One is missing; the message says how to install it.</exception>
    internal static FfmpegTools LocateFfmpeg()
    {
        try
        {
            return FfmpegTools.Locate();
        }
        catch (RenderInputException e)
        {
            throw new StudioUnavailableException(e.Message, e);
        }
    }

    /// <summary>"/usr/bin/ffmpeg, /usr/bin/ffprobe": where the encoder is, for <c>doctor</c>.</summary>
    /// <exception cref="StudioUnavailableException">FFmpeg or ffprobe is missing.</exception>
    public static string DescribeEncoder()
    {
        var tools = LocateFfmpeg();
        return $"{tools.Ffmpeg}, {tools.Ffprobe}";
    }

    /// <summary>The font families titles can be drawn with (Latin and CJK), for <c>doctor</c>.</summary>
    /// <exception cref="StudioUnavailableException">No usable font was found.</exception>
    public static IReadOnlyList<string> FontFamilies()
    {
        try
        {
            return FontCatalog.Load().FamilyNames;
        }
        catch (RenderInputException e)
        {
            throw new StudioUnavailableException(e.Message, e);
        }
    }
}
