namespace JanitorVideo.Render.Mp4;

/// <summary>
/// What an H.264 sequence parameter set says about the pictures FFmpeg decodes it to: the chroma
/// format (0 = monochrome, 1 = 4:2:0, 2 = 4:2:2, 3 = 4:4:4), the luma bit depth and, when its VUI
/// carries a video signal type, the range and the matrix (null when it does not say).
/// </summary>
internal sealed record AvcSequenceParameters(int ChromaFormat, int BitDepth, bool? FullRange, int? Matrix)
{
    // Profiles whose SPS carries chroma_format_idc and the bit depths (the others are 4:2:0, 8-bit).
    private static readonly HashSet<uint> ProfilesWithChromaFormat = [100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135];

    private const int SequenceParameterSetNal = 7;
    private const uint ExtendedSampleAspectRatio = 255;

    /// <summary>Parses the SPS NAL unit (header byte included); null when it is not one or ends early.</summary>
    public static AvcSequenceParameters? Read(ReadOnlySpan<byte> nal)
    {
        if (nal.IsEmpty || (nal[0] & 0x1F) != SequenceParameterSetNal)
        {
            return null;
        }

        var bits = new BitReader(Unescape(nal[1..]));
        var profile = bits.Bits(8);
        bits.Bits(16); // constraint flags and level
        bits.Ue(); // seq_parameter_set_id

        uint chromaFormat = 1;
        uint bitDepth = 8;
        if (ProfilesWithChromaFormat.Contains(profile))
        {
            chromaFormat = bits.Ue();
            if (chromaFormat == 3)
            {
                bits.Flag(); // separate_colour_plane_flag
            }

            bitDepth = bits.Ue() + 8;
            bits.Ue(); // bit_depth_chroma_minus8
            bits.Flag(); // qpprime_y_zero_transform_bypass_flag
            if (bits.Flag())
            {
                SkipScalingMatrix(ref bits, chromaFormat == 3 ? 12 : 8);
            }
        }

        bits.Ue(); // log2_max_frame_num_minus4
        var pictureOrderCountType = bits.Ue();
        if (pictureOrderCountType == 0)
        {
            bits.Ue(); // log2_max_pic_order_cnt_lsb_minus4
        }
        else if (pictureOrderCountType == 1)
        {
            bits.Flag();
            bits.Se();
            bits.Se();
            var cycle = bits.Ue();
            if (cycle > 255)
            {
                return null;
            }

            for (var i = 0; i < cycle; i++)
            {
                bits.Se();
            }
        }

        bits.Ue(); // max_num_ref_frames
        bits.Flag(); // gaps_in_frame_num_value_allowed_flag
        bits.Ue(); // pic_width_in_mbs_minus1
        bits.Ue(); // pic_height_in_map_units_minus1
        if (!bits.Flag())
        {
            bits.Flag(); // mb_adaptive_frame_field_flag
        }

        bits.Flag(); // direct_8x8_inference_flag
        if (bits.Flag())
        {
            bits.Ue();
            bits.Ue();
            bits.Ue();
            bits.Ue();
        }

        bool? fullRange = null;
        int? matrix = null;
        if (bits.Flag())
        {
            // The VUI, as far as the video signal type.
            if (bits.Flag() && bits.Bits(8) == ExtendedSampleAspectRatio)
            {
                bits.Bits(32); // sar_width, sar_height
            }

            if (bits.Flag())
            {
                bits.Flag(); // overscan_appropriate_flag
            }

            if (bits.Flag())
            {
                bits.Bits(3); // video_format
                fullRange = bits.Flag();
                if (bits.Flag())
                {
                    bits.Bits(16); // colour_primaries, transfer_characteristics
                    matrix = (int)bits.Bits(8);
                }
            }
        }

        if (bits.Overrun || chromaFormat > 3)
        {
            return null;
        }

        return new AvcSequenceParameters((int)chromaFormat, (int)bitDepth, fullRange, matrix);
    }

    private static void SkipScalingMatrix(ref BitReader bits, int lists)
    {
        for (var i = 0; i < lists; i++)
        {
            if (!bits.Flag())
            {
                continue;
            }

            var size = i < 6 ? 16 : 64;
            var last = 8;
            var next = 8;
            for (var j = 0; j < size && next != 0; j++)
            {
                next = (last + bits.Se() + 256) % 256;
                last = next == 0 ? last : next;
            }
        }
    }

    /// <summary>The NAL payload without its emulation prevention bytes (the 3 in every 00 00 03).</summary>
    private static byte[] Unescape(ReadOnlySpan<byte> payload)
    {
        var bytes = new byte[payload.Length];
        var count = 0;
        var zeros = 0;
        foreach (var b in payload)
        {
            if (zeros >= 2 && b == 3)
            {
                zeros = 0;
                continue;
            }

            zeros = b == 0 ? zeros + 1 : 0;
            bytes[count++] = b;
        }

        return bytes[..count];
    }
}
