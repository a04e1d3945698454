using JanitorVideo.Core.Media;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// How FFmpeg and ffprobe open a media file: as the format its own first bytes say (the demuxer is
/// named, never guessed) and through the <c>file</c> protocol only. A file that claims to be MP3
/// but holds an HLS playlist, a DASH manifest or a concat list after its tag is then read as MP3
/// (and fails), never followed to other files, other renders or the network.
/// </summary>
public static class MediaInput
{
    /// <summary>The demuxer for the audio or video file at <paramref name="fullPath"/>.</summary>
    /// <exception cref="InvalidDataException">Its first bytes are no accepted audio or video format.</exception>
    public static string DemuxerOf(string fullPath)
    {
        var head = new byte[MediaFormats.SniffLength];
        int read;
        using (var file = File.OpenRead(fullPath))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        return MediaFormats.Sniff(head.AsSpan(0, read))?.Demuxer
               ?? throw new InvalidDataException("its first bytes are not those of an accepted audio or video format");
    }

    /// <summary>FFmpeg's input arguments for the file (<c>-i</c> and what comes before it).</summary>
    public static IReadOnlyList<string> Open(string fullPath, string demuxer) =>
        ["-protocol_whitelist", "file", "-f", demuxer, "-i", "file:" + fullPath];

    /// <summary>ffprobe's arguments naming the file (it takes the input last, without <c>-i</c>).</summary>
    public static IReadOnlyList<string> Probe(string fullPath, string demuxer) =>
        ["-protocol_whitelist", "file", "-f", demuxer, "file:" + fullPath];
}
