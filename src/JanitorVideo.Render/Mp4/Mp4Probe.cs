using JanitorVideo.Core.Media;
using JanitorVideo.Render.Ffmpeg;
using Microsoft.Win32.SafeHandles;

namespace JanitorVideo.Render.Mp4;

/// <summary>
/// Reads what an MP4 (or MOV) holds from its boxes, in process, giving the same
/// <see cref="MediaProbe"/> ffprobe's JSON gives: codec, pixel format (H.264 and HEVC; empty for
/// other codecs), frame size, the video's duration, rate and frame count, the first sound track's
/// codec and duration, and the file size. Only the box headers and the moov box are read (mdat is
/// skipped over, wherever moov is), and every sample is checked to lie inside the file.
/// Bounded against hostile files: every box size is checked against its container, the moov is at
/// most <see cref="MaxMovieBytes"/>, and the reader only descends into the boxes it knows.
/// </summary>
public static class Mp4Probe
{
    /// <summary>The largest moov box read into memory; a larger one is left to ffprobe.</summary>
    public const int MaxMovieBytes = 64 * 1024 * 1024;

    /// <summary>More top-level boxes than this is not a file FFmpeg writes; it is left to ffprobe.</summary>
    private const int MaxTopLevelBoxes = 4096;

    /// <summary>
    /// Reads the file at <paramref name="path"/>. Returns null when this reader cannot tell and
    /// ffprobe should be asked: the file is not ISO-BMFF, it is fragmented (moof, mvex), it has no
    /// moov (or one over <see cref="MaxMovieBytes"/>), or its H.264 parameters or sample tables are
    /// in a form not read here.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The file is an MP4 but broken: a box runs past its container or the end of the file, a
    /// sample lies past the end of the file (a file cut short), the sample tables are damaged or
    /// disagree, or there is no video track. The message says which, in plain words.
    /// </exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it is missing).</exception>
    public static MediaProbe? Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var length = RandomAccess.GetLength(file);

        Span<byte> head = stackalloc byte[MediaFormats.SniffLength];
        if (MediaFormats.Sniff(head[..ReadAt(file, head, 0)])?.Demuxer != MediaFormats.Mp4.Demuxer)
        {
            return null;
        }

        if (FindMovie(file, length) is not { } place)
        {
            return null;
        }

        var moov = new byte[place.Length];
        if (ReadAt(file, moov, place.At) != moov.Length)
        {
            throw new InvalidDataException("the file ended while its 'moov' box was read");
        }

        if (Mp4Movie.Read(moov, length) is not { } movie)
        {
            return null;
        }

        var video = movie.Video ?? throw new InvalidDataException("it has no video track");
        if (video.Entry.PixelFormat is not { } pixelFormat)
        {
            return null;
        }

        var audio = movie.Audio;
        return new MediaProbe(
            video.Entry.Codec,
            pixelFormat,
            video.Entry.Width,
            video.Entry.Height,
            video.DurationSeconds,
            video.Fps,
            video.SampleCount,
            audio is not null,
            audio?.Entry.Codec,
            length)
        {
            AudioDurationSeconds = audio?.DurationSeconds ?? 0,
        };
    }

    /// <summary>
    /// Walks the top-level boxes by their headers alone and returns where the first moov's body is;
    /// null when there is none, it is too large, or the file is fragmented (a moof box).
    /// </summary>
    private static (long At, int Length)? FindMovie(SafeFileHandle file, long length)
    {
        (long At, int Length)? movie = null;
        Span<byte> bytes = stackalloc byte[BoxHeader.MaxLength];
        long offset = 0;
        for (var boxes = 0; length - offset >= BoxHeader.MinLength; boxes++)
        {
            if (boxes == MaxTopLevelBoxes)
            {
                return null;
            }

            var room = length - offset;
            var header = BoxHeader.Read(bytes[..ReadAt(file, bytes[..(int)Math.Min(room, BoxHeader.MaxLength)], offset)], room, parent: null);
            if (header.Type == "moof")
            {
                return null;
            }

            if (header.Type == "moov" && movie is null)
            {
                if (header.BodyLength > MaxMovieBytes)
                {
                    return null;
                }

                movie = (offset + header.HeaderLength, (int)header.BodyLength);
            }

            offset += header.Size;
        }

        return movie;
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/> as far as the file goes; returns how many bytes were read.</summary>
    private static int ReadAt(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
