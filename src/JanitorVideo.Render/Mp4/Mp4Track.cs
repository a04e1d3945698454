using System.Globalization;

namespace JanitorVideo.Render.Mp4;

/// <summary>
/// One video or sound track as ffprobe would report its stream: the sample entry, the number of
/// samples, the duration in seconds and, for video, the average frame rate.
/// </summary>
internal sealed record Mp4Track(SampleEntry Entry, int SampleCount, double DurationSeconds, double Fps)
{
    /// <summary>The trak's handler type ("vide", "soun", …); null when it has none.</summary>
    /// <exception cref="InvalidDataException">A box in the way is damaged.</exception>
    public static string? Handler(Box trak)
    {
        var cursor = trak.Children;
        if (!cursor.Find("mdia", out var mdia))
        {
            return null;
        }

        var inner = mdia.Children;
        return inner.Find("hdlr", out var hdlr) ? FourCharacterCode.Name(hdlr.FullBody(8, out _).Slice(4, 4)) : null;
    }

    /// <summary>
    /// Reads a video (<paramref name="video"/>) or sound track; null when its sample tables are in a
    /// form left to ffprobe.
    /// </summary>
    /// <param name="trak">The track box.</param>
    /// <param name="video">True for the video track, false for sound.</param>
    /// <param name="movieTimescale">The mvhd time scale, in which edit lists count (0: edit lists are ignored, as FFmpeg does).</param>
    /// <param name="fileSize">The file's length, which every sample must lie inside.</param>
    /// <exception cref="InvalidDataException">The track is damaged or a sample lies past the end of the file.</exception>
    public static Mp4Track? Read(Box trak, bool video, uint movieTimescale, long fileSize)
    {
        var kind = video ? "video" : "sound";
        Box mdia = default, elst = default;
        var cursor = trak.Children;
        while (cursor.Next(out var box))
        {
            if (box.Type == "mdia")
            {
                mdia = box;
            }
            else if (box.Type == "edts")
            {
                var edits = box.Children;
                edits.Find("elst", out elst);
            }
        }

        Box mdhd = default, stbl = default;
        var parts = mdia.Children;
        while (parts.Next(out var box))
        {
            if (box.Type == "mdhd")
            {
                mdhd = box;
            }
            else if (box.Type == "minf")
            {
                var media = box.Children;
                media.Find("stbl", out stbl);
            }
        }

        if (mdhd.Type is null || stbl.Type is null)
        {
            throw new InvalidDataException($"its {kind} track lacks its media header or sample table");
        }

        var (timescale, mediaDuration) = MediaTimes(mdhd);
        if (timescale == 0)
        {
            throw new InvalidDataException($"its {kind} track has a time scale of 0");
        }

        var tables = stbl.Children;
        if (!tables.Find("stsd", out var stsd))
        {
            throw new InvalidDataException($"its {kind} track describes no samples");
        }

        var entry = SampleEntry.Read(stsd, video);
        if (SampleTable.Read(stbl, fileSize, kind) is not { } samples)
        {
            return null;
        }

        // FFmpeg's stream duration: the media header's, cut to the samples' total and then to the edit list.
        var duration = mediaDuration is { } header ? (samples.Duration > 0 ? Math.Min(header, samples.Duration) : header) : samples.Duration;
        if (elst.Type is not null && movieTimescale > 0 && samples.SampleCount > 0)
        {
            duration = Math.Min(duration, EditedDuration(elst, timescale, movieTimescale));
        }

        var fps = video && samples.Duration > 0 ? (double)((long)timescale * samples.SampleCount) / samples.Duration : 0;
        return new Mp4Track(entry, samples.SampleCount, AsFfprobePrints((double)duration / timescale), fps);
    }

    /// <summary>The mdhd time scale and duration; the duration is null when unknown (0 or all ones).</summary>
    private static (uint Timescale, long? Duration) MediaTimes(Box mdhd)
    {
        var fields = mdhd.FullBody(16, out var version);
        if (version == 1)
        {
            Box.Require(fields, 28, mdhd.Type);
            var wide = Box.U64(fields, 20);
            return (Box.U32(fields, 16), wide is 0 or > long.MaxValue ? null : (long)wide);
        }

        var narrow = Box.U32(fields, 12);
        return (Box.U32(fields, 8), narrow is 0 or uint.MaxValue ? null : narrow);
    }

    /// <summary>The edit list's total length in the track's time scale, each edit rescaled (rounded) from the movie's as FFmpeg does; empty edits count.</summary>
    private static long EditedDuration(Box elst, uint timescale, uint movieTimescale)
    {
        var fields = elst.FullBody(4, out var version);
        var entries = Box.U32(fields, 0);
        var entrySize = version == 1 ? 20 : 12;
        Box.Require(fields, 4 + ((long)entrySize * entries), elst.Type);
        UInt128 total = 0;
        for (var i = 0; i < entries; i++)
        {
            var at = 4 + (entrySize * i);
            UInt128 segment = version == 1 ? Box.U64(fields, at) : Box.U32(fields, at);
            total += ((segment * timescale) + (movieTimescale / 2)) / movieTimescale;
        }

        return total > long.MaxValue ? long.MaxValue : (long)total;
    }

    /// <summary>
    /// Seconds as ffprobe prints them (six decimals) and its JSON is read back, so a file read here
    /// and by ffprobe gives equal records.
    /// </summary>
    private static double AsFfprobePrints(double seconds) =>
        double.Parse(seconds.ToString("F6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
