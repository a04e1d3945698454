namespace JanitorVideo.Render.Mp4;

/// <summary>
/// What a track's sample tables say: how many samples there are, and their total duration and the
/// rate FFmpeg derives from the time-to-sample table (stts). Reading them also checks that every
/// sample, as stsz sizes it and stsc and stco/co64 place it, lies inside the file: a file cut
/// short while it was written fails that check, even when its moov came first.
/// </summary>
internal readonly record struct SampleTable(int SampleCount, long Duration)
{
    /// <summary>
    /// Reads the tables in <paramref name="stbl"/>; null when sizes are in the compact form (stz2),
    /// which this reader leaves to ffprobe.
    /// </summary>
    /// <param name="stbl">The sample table box.</param>
    /// <param name="fileSize">The file's length in bytes.</param>
    /// <param name="track">"video" or "sound", for messages.</param>
    /// <exception cref="InvalidDataException">A table is missing, damaged or disagrees with another, or a sample lies past the end of the file.</exception>
    public static SampleTable? Read(Box stbl, long fileSize, string track)
    {
        Box times = default, chunkMap = default, sizes = default, chunks = default;
        var cursor = stbl.Children;
        while (cursor.Next(out var box))
        {
            switch (box.Type)
            {
                case "stts":
                    times = box;
                    break;
                case "stsc":
                    chunkMap = box;
                    break;
                case "stsz" or "stz2":
                    sizes = box;
                    break;
                case "stco" or "co64":
                    chunks = box;
                    break;
            }
        }

        if (sizes.Type == "stz2")
        {
            return null;
        }

        if (times.Type is null || chunkMap.Type is null || sizes.Type is null || chunks.Type is null)
        {
            throw new InvalidDataException($"its {track} track lacks a sample table (stts, stsc, stsz and stco)");
        }

        var (timed, duration) = Times(times);
        var sizeFields = sizes.FullBody(8, out _);
        var constantSize = Box.U32(sizeFields, 0);
        var count = Box.U32(sizeFields, 4);
        if (count > int.MaxValue)
        {
            throw new InvalidDataException($"its {track} track claims {count} samples");
        }

        if (constantSize == 0)
        {
            Box.Require(sizeFields, 8 + (4L * count), sizes.Type);
        }

        if (timed != count)
        {
            throw new InvalidDataException($"its {track} track's sample tables disagree: {timed} samples are timed and {count} sized");
        }

        CheckInsideFile(chunkMap, chunks, sizeFields, (int)count, fileSize, track);
        return new SampleTable((int)count, duration);
    }

    /// <summary>The number of samples and their total duration in stts, as FFmpeg's mov demuxer adds them up.</summary>
    private static (ulong Samples, long Duration) Times(Box stts)
    {
        var fields = stts.FullBody(4, out _);
        var entries = Box.U32(fields, 0);
        Box.Require(fields, 4 + (8L * entries), stts.Type);
        ulong samples = 0;
        ulong duration = 0;
        for (var i = 0; i < entries; i++)
        {
            ulong count = Box.U32(fields, 4 + (8 * i));
            ulong delta = Box.U32(fields, 8 + (8 * i));

            // FFmpeg evens out a single last sample far longer than the average (a muxer's stray end time).
            if (i + 1 == entries && i > 0 && count == 1 && samples > 100 && delta / 10 > duration / samples)
            {
                delta = duration / samples;
            }

            var product = count * delta;
            samples += count;
            if (samples > int.MaxValue || product > long.MaxValue - duration)
            {
                throw new InvalidDataException("its sample times overflow");
            }

            duration += product;
        }

        return (samples, (long)duration);
    }

    /// <summary>Walks the chunks in order, placing the samples stsc assigns to each, and checks each chunk's bytes end inside the file.</summary>
    private static void CheckInsideFile(Box chunkMap, Box chunks, ReadOnlySpan<byte> sizeFields, int count, long fileSize, string track)
    {
        var wide = chunks.Type == "co64";
        var offsets = chunks.FullBody(4, out _);
        var chunkCount = Box.U32(offsets, 0);
        Box.Require(offsets, 4 + ((wide ? 8L : 4L) * chunkCount), chunks.Type);
        var map = chunkMap.FullBody(4, out _);
        var runs = Box.U32(map, 0);
        Box.Require(map, 4 + (12L * runs), chunkMap.Type);

        var constantSize = Box.U32(sizeFields, 0);
        var sample = 0;
        for (var run = 0; run < runs && sample < count; run++)
        {
            // Chunks are numbered from 1; a run lasts until the next run's first chunk, the last to the end.
            long first = Box.U32(map, 4 + (12 * run));
            ulong perChunk = Box.U32(map, 8 + (12 * run));
            long next = run + 1 < runs ? Box.U32(map, 4 + (12 * (run + 1))) : chunkCount + 1L;
            if (first == 0 || next < first)
            {
                throw new InvalidDataException($"its {track} track's chunk map is out of order");
            }

            for (var chunk = first; chunk < Math.Min(next, chunkCount + 1L) && sample < count; chunk++)
            {
                var inChunk = (int)Math.Min(perChunk, (ulong)(count - sample));
                ulong bytes = 0;
                if (constantSize != 0)
                {
                    bytes = (ulong)inChunk * constantSize;
                }
                else
                {
                    for (var i = sample; i < sample + inChunk; i++)
                    {
                        bytes += Box.U32(sizeFields, 8 + (4 * i));
                    }
                }

                var at = (int)(chunk - 1);
                var offset = wide ? Box.U64(offsets, 4 + (8 * at)) : Box.U32(offsets, 4 + (4 * at));
                if (offset > (ulong)fileSize || bytes > (ulong)fileSize - offset)
                {
                    throw new InvalidDataException($"its {track} samples run past the end of the file ({fileSize} bytes): it was cut short");
                }

                sample += inChunk;
            }
        }

        if (sample < count)
        {
            throw new InvalidDataException($"its {track} track's chunks hold only {sample} of its {count} samples");
        }
    }
}
