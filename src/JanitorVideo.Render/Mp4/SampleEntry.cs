namespace JanitorVideo.Render.Mp4;

/// <summary>
/// What the first entry of a track's sample description (stsd) says: the codec as ffprobe names it
/// and, for video, the frame size and the pixel format. <see cref="PixelFormat"/> is read for H.264
/// and HEVC only: empty for other codecs, null when an H.264 or HEVC entry does not say enough.
/// </summary>
internal sealed record SampleEntry(string Codec, int Width, int Height, string? PixelFormat)
{
    // Bytes of a visual sample entry before its child boxes (ISO/IEC 14496-12, VisualSampleEntry).
    private const int VisualFields = 78;

    // An audio sample entry's fields; QuickTime's sound description versions 1 and 2 add 16 and 36.
    private const int AudioFields = 28;

    private const int EsDescriptorTag = 3;
    private const int DecoderConfigTag = 4;

    /// <param name="stsd">The stsd box.</param>
    /// <param name="video">True for a video track (a visual entry), false for sound.</param>
    /// <exception cref="InvalidDataException">The box holds no entry or is damaged.</exception>
    public static SampleEntry Read(Box stsd, bool video)
    {
        var contents = stsd.FullBody(4, out _);
        if (Box.U32(contents, 0) == 0 || !new BoxCursor(contents[4..], stsd.Type).Next(out var entry))
        {
            throw new InvalidDataException($"its {(video ? "video" : "sound")} track describes no samples");
        }

        return video ? ReadVisual(entry) : ReadAudio(entry);
    }

    private static SampleEntry ReadVisual(Box entry)
    {
        Box.Require(entry.Body, VisualFields, entry.Type);
        var children = entry.Body[VisualFields..];
        var codec = CodecNames.Of(entry.Type, ObjectType(children, entry.Type));
        var (fullRange, matrix) = Colour(children, entry.Type);
        var pixelFormat = codec switch
        {
            "h264" => AvcPixelFormat(children, entry.Type, fullRange, matrix),
            "hevc" => HevcPixelFormat(children, entry.Type),
            _ => string.Empty,
        };

        // Width and height follow 16 bytes of reserved and pre-defined fields.
        return new SampleEntry(codec, Box.U16(entry.Body, 24), Box.U16(entry.Body, 26), pixelFormat);
    }

    private static SampleEntry ReadAudio(Box entry)
    {
        Box.Require(entry.Body, AudioFields, entry.Type);
        var start = Box.U16(entry.Body, 8) switch
        {
            1 => AudioFields + 16,
            2 => AudioFields + 36,
            _ => AudioFields,
        };
        Box.Require(entry.Body, start, entry.Type);
        var children = entry.Body[start..];

        // QuickTime files keep the esds inside a 'wave' box.
        var objectType = ObjectType(children, entry.Type);
        if (objectType is null && new BoxCursor(children, entry.Type).Find("wave", out var wave))
        {
            objectType = ObjectType(wave.Body, wave.Type);
        }

        return new SampleEntry(CodecNames.Of(entry.Type, objectType), 0, 0, null);
    }

    /// <summary>
    /// The pixel format from the first sequence parameter set in the avcC box. The SPS's video
    /// signal type decides the range and matrix; without one, the container's colr box does, as
    /// FFmpeg's decoder starts from the container's values.
    /// </summary>
    private static string? AvcPixelFormat(ReadOnlySpan<byte> children, string container, bool? colrFullRange, int? colrMatrix)
    {
        var cursor = new BoxCursor(children, container);
        if (!cursor.Find("avcC", out var avcC) || avcC.Body.Length < 8 || (avcC.Body[5] & 0x1F) == 0)
        {
            return null;
        }

        var length = Box.U16(avcC.Body, 6);
        if (avcC.Body.Length < 8 + length || AvcSequenceParameters.Read(avcC.Body.Slice(8, length)) is not { } sps)
        {
            return null;
        }

        var matrix = sps.Matrix ?? colrMatrix;
        return PixelFormatNames.ForAvc(sps.ChromaFormat, sps.BitDepth, sps.FullRange ?? colrFullRange ?? false, matrix == PixelFormatNames.RgbMatrix);
    }

    /// <summary>
    /// The pixel format from the hvcC box's chroma format and bit depth. The SPS is not parsed, so
    /// an 8-bit full-range stream reads as "yuv420p" where ffprobe says "yuvj420p", and RGB 4:4:4 as
    /// "yuv444p": only the H.264 checks look at the pixel format.
    /// </summary>
    private static string? HevcPixelFormat(ReadOnlySpan<byte> children, string container)
    {
        var cursor = new BoxCursor(children, container);
        if (!cursor.Find("hvcC", out var hvcC) || hvcC.Body.Length < 23)
        {
            return null;
        }

        return PixelFormatNames.ForHevc(hvcC.Body[16] & 0x03, (hvcC.Body[17] & 0x07) + 8);
    }

    /// <summary>The range and matrix of the colr box (nclx; nclc has no range); nulls without one.</summary>
    private static (bool? FullRange, int? Matrix) Colour(ReadOnlySpan<byte> children, string container)
    {
        var cursor = new BoxCursor(children, container);
        if (!cursor.Find("colr", out var colr) || colr.Body.Length < 10)
        {
            return (null, null);
        }

        var kind = FourCharacterCode.Name(colr.Body[..4]);
        var matrix = Box.U16(colr.Body, 8);
        return kind switch
        {
            "nclx" when colr.Body.Length >= 11 => ((colr.Body[10] & 0x80) != 0, matrix),
            "nclc" => (null, matrix),
            _ => (null, null),
        };
    }

    /// <summary>The object type indication in the esds box among <paramref name="children"/>; null without one or when it cannot be read.</summary>
    private static int? ObjectType(ReadOnlySpan<byte> children, string container)
    {
        var cursor = new BoxCursor(children, container);
        if (!cursor.Find("esds", out var esds) || esds.Body.Length < 4)
        {
            return null;
        }

        var descriptors = esds.Body[4..];
        if (!NextDescriptor(ref descriptors, out var tag, out var es) || tag != EsDescriptorTag || es.Length < 3)
        {
            return null;
        }

        // ES_ID, then flags saying which optional fields follow.
        var flags = es[2];
        var at = 3;
        if ((flags & 0x80) != 0)
        {
            at += 2; // dependsOn_ES_ID
        }

        if ((flags & 0x40) != 0)
        {
            at = at < es.Length ? at + 1 + es[at] : int.MaxValue; // URL
        }

        if ((flags & 0x20) != 0)
        {
            at += 2; // OCR_ES_Id
        }

        if (at > es.Length)
        {
            return null;
        }

        var inner = es[at..];
        while (NextDescriptor(ref inner, out tag, out var body))
        {
            if (tag == DecoderConfigTag && !body.IsEmpty)
            {
                return body[0];
            }
        }

        return null;
    }

    /// <summary>Reads one MPEG-4 descriptor (a tag, a length in up to four 7-bit groups, the body) off the front of <paramref name="bytes"/>.</summary>
    private static bool NextDescriptor(ref ReadOnlySpan<byte> bytes, out int tag, out ReadOnlySpan<byte> body)
    {
        tag = 0;
        body = default;
        if (bytes.Length < 2)
        {
            return false;
        }

        tag = bytes[0];
        var length = 0;
        var at = 1;
        for (var i = 0; i < 4; i++, at++)
        {
            if (at >= bytes.Length)
            {
                return false;
            }

            length = (length << 7) | (bytes[at] & 0x7F);
            if ((bytes[at] & 0x80) == 0)
            {
                at++;
                break;
            }
        }

        if (length > bytes.Length - at)
        {
            return false;
        }

        body = bytes.Slice(at, length);
        bytes = bytes[(at + length)..];
        return true;
    }
}
