namespace JanitorVideo.Render.Mp4;

/// <summary>
/// Codec names as ffprobe gives them, from a sample entry's four-character code or, for the
/// generic MPEG-4 entries (mp4v, mp4a), from the object type in their esds box. A code in neither
/// table is given as itself.
/// </summary>
internal static class CodecNames
{
    private static readonly Dictionary<string, string> BySampleEntry = new(StringComparer.Ordinal)
    {
        ["avc1"] = "h264",
        ["avc3"] = "h264",
        ["hvc1"] = "hevc",
        ["hev1"] = "hevc",
        ["av01"] = "av1",
        ["vp09"] = "vp9",
        ["mp4v"] = "mpeg4",
        ["mp4a"] = "aac",
        ["Opus"] = "opus",
        ["fLaC"] = "flac",
        ["ac-3"] = "ac3",
        ["ec-3"] = "eac3",
    };

    // ISO/IEC 14496-1 object type indications, as FFmpeg's ff_mp4_obj_type reads them.
    private static readonly Dictionary<int, string> ByObjectType = new()
    {
        [0x20] = "mpeg4",
        [0x21] = "h264",
        [0x40] = "aac",
        [0x60] = "mpeg2video",
        [0x61] = "mpeg2video",
        [0x62] = "mpeg2video",
        [0x63] = "mpeg2video",
        [0x64] = "mpeg2video",
        [0x65] = "mpeg2video",
        [0x66] = "aac",
        [0x67] = "aac",
        [0x68] = "aac",
        [0x69] = "mp3",
        [0x6A] = "mpeg1video",
        [0x6B] = "mp3",
        [0x6C] = "mjpeg",
        [0xA5] = "ac3",
        [0xA6] = "eac3",
    };

    /// <param name="sampleEntry">The sample entry's type (avc1, mp4a…).</param>
    /// <param name="objectType">The esds box's object type indication, when the entry has one.</param>
    public static string Of(string sampleEntry, int? objectType) =>
        objectType is { } type && ByObjectType.TryGetValue(type, out var byType) ? byType
        : BySampleEntry.GetValueOrDefault(sampleEntry, sampleEntry);
}
