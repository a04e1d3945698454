using System.Text;
using JanitorVideo.Core.Errors;
using JanitorVideo.Core.Text;

namespace JanitorVideo.Core.Media;

/// <summary>
/// The formats the product accepts (the reference's list) and how each is recognised by its first
/// bytes. Content decides, not the file name: a renamed file is accepted for what it is, and a file
/// whose bytes match no accepted format is refused whatever its extension says.
/// </summary>
public static class MediaFormats
{
    /// <summary>The upload limit: 200 MB, as the reference states it (4002 above it).</summary>
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    /// <summary>At most this many files or links in one upload (MCP tool and studio API alike); more is almost always a mistake.</summary>
    public const int MaxFilesPerUpload = 20;

    /// <summary>How many leading bytes <see cref="Sniff"/> needs to tell every format apart.</summary>
    public const int SniffLength = 64;

    public static readonly MediaFormat Jpeg = new("JPEG", MediaKind.Image, ["jpg", "jpeg"], "image/jpeg");
    public static readonly MediaFormat Png = new("PNG", MediaKind.Image, ["png"], "image/png");
    public static readonly MediaFormat Gif = new("GIF", MediaKind.Image, ["gif"], "image/gif");
    public static readonly MediaFormat Webp = new("WEBP", MediaKind.Image, ["webp"], "image/webp");
    public static readonly MediaFormat Mp4 = new("MP4", MediaKind.Video, ["mp4", "m4v"], "video/mp4") { Demuxer = "mov" };
    public static readonly MediaFormat Mov = new("MOV", MediaKind.Video, ["mov"], "video/quicktime") { Demuxer = "mov" };
    public static readonly MediaFormat Avi = new("AVI", MediaKind.Video, ["avi"], "video/x-msvideo") { Demuxer = "avi" };
    public static readonly MediaFormat Webm = new("WEBM", MediaKind.Video, ["webm"], "video/webm") { Demuxer = "matroska" };
    public static readonly MediaFormat Mkv = new("MKV", MediaKind.Video, ["mkv"], "video/x-matroska") { Demuxer = "matroska" };
    public static readonly MediaFormat Mp3 = new("MP3", MediaKind.Audio, ["mp3"], "audio/mpeg") { Demuxer = "mp3" };
    public static readonly MediaFormat Wav = new("WAV", MediaKind.Audio, ["wav"], "audio/wav") { Demuxer = "wav" };
    public static readonly MediaFormat M4a = new("M4A", MediaKind.Audio, ["m4a"], "audio/mp4") { Demuxer = "mov" };
    public static readonly MediaFormat Aac = new("AAC", MediaKind.Audio, ["aac"], "audio/aac") { Demuxer = "aac" };

    /// <summary>Every accepted format, images first (the main job animates images).</summary>
    public static IReadOnlyList<MediaFormat> All { get; } =
        [Jpeg, Png, Gif, Webp, Mp4, Mov, Avi, Webm, Mkv, Mp3, Wav, M4a, Aac];

    /// <summary>The accepted formats in one sentence, for error messages and the formats resource.</summary>
    public static string AcceptedList { get; } =
        "images " + Describe(MediaKind.Image) + "; video " + Describe(MediaKind.Video) + "; audio " + Describe(MediaKind.Audio);

    // ISO base media brands: which ftyp major brands mean which of our formats.
    private static readonly Dictionary<string, MediaFormat> FtypBrands = new(StringComparer.Ordinal)
    {
        ["qt  "] = Mov,
        ["M4A "] = M4a,
        ["M4B "] = M4a,
        ["M4P "] = M4a,
        ["F4A "] = M4a,
    };

    // QuickTime files without ftyp start straight with one of these atoms.
    private static readonly string[] QuickTimeAtoms = ["moov", "mdat", "wide", "free", "skip", "pnot"];

    /// <summary>The format whose signature the bytes carry, or null when none matches.</summary>
    public static MediaFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            var form = head.Slice(8, 4);
            return form.SequenceEqual("WEBP"u8) ? Webp
                : form.SequenceEqual("WAVE"u8) ? Wav
                : form.SequenceEqual("AVI "u8) ? Avi
                : null;
        }
        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            // HEIC and AVIF photos are ISO base media files too; they are not MP4 video.
            if (IsStillImageBrand(head.Slice(8, 4)))
            {
                return null;
            }
            var brand = Encoding.ASCII.GetString(head.Slice(8, 4));
            return FtypBrands.GetValueOrDefault(brand, Mp4);
        }
        if (head.Length >= 8 && QuickTimeAtoms.Contains(Encoding.ASCII.GetString(head.Slice(4, 4))))
        {
            return Mov;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            // EBML: the DocType string near the start says WebM or Matroska.
            return head.IndexOf("webm"u8) >= 0 ? Webm : Mkv;
        }
        if (head.StartsWith("ID3"u8))
        {
            return Mp3;
        }
        if (head.StartsWith("ADIF"u8))
        {
            return Aac;
        }
        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)
        {
            // MPEG audio frame sync. Layer bits 00 mean an AAC ADTS header; anything else is MP3.
            return (head[1] & 0x06) == 0 ? Aac : Mp3;
        }
        return null;
    }

    /// <summary>
    /// The name of a common format the product does not accept ("HEIC/HEIF", "AVIF", "BMP", "TIFF",
    /// "PSD", "PDF", "SVG") when the bytes carry its signature, else null: a refusal can then say
    /// what the file is rather than only that it is unusable.
    /// </summary>
    public static string? NameRefused(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8) && IsStillImageBrand(head.Slice(8, 4)))
        {
            var brand = head.Slice(8, 4);
            return brand.StartsWith("avi"u8) ? "AVIF" : "HEIC/HEIF";
        }
        if (head.StartsWith("BM"u8))
        {
            return "BMP";
        }
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }
        if (head.StartsWith("8BPS"u8))
        {
            return "PSD";
        }
        if (head.StartsWith("%PDF"u8))
        {
            return "PDF";
        }
        return head.IndexOf("<svg"u8) >= 0 ? "SVG" : null;
    }

    /// <summary>The accepted format a file name's extension names, or null.</summary>
    public static MediaFormat? FromFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        return All.FirstOrDefault(f => f.Extensions.Contains(extension));
    }

    /// <summary>
    /// Decides whether a file may be uploaded, from its name, its first bytes and its length.
    /// Refusals carry the catalogue's error kind and words that say what to do.
    /// </summary>
    public static MediaCheck Check(string fileName, ReadOnlySpan<byte> head, long length)
    {
        var shown = DisplayName(fileName);
        if (length == 0)
        {
            return MediaCheck.Refused(ErrorKind.UnsupportedFileType,
                $"'{shown}' is empty (0 bytes). Send the image itself: {AcceptedList}.");
        }
        if (length > MaxUploadBytes)
        {
            return MediaCheck.Refused(ErrorKind.FileTooLarge,
                $"'{shown}' is {FormatSize(length)}, over the 200 MB limit. Compress it, resize it or trim it, then upload again.");
        }
        var format = Sniff(head);
        if (format is null)
        {
            var claimed = FromFileName(fileName);
            var what = NameRefused(head) is { } actual
                ? $"is a {actual} file, not a format I can use"
                : claimed is null
                ? "is not a format I can use"
                : $"is named like a {claimed.Name} file, but its content is not {claimed.Name} (it may be damaged or renamed)";
            return MediaCheck.Refused(ErrorKind.UnsupportedFileType, $"'{shown}' {what}. Accepted: {AcceptedList}.");
        }
        return MediaCheck.Accepted(format);
    }

    /// <summary>A size in the units people use: "812 KB", "3.4 MB".</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.##} GB",
    };

    // Major brands of HEIF stills (heic, heix, mif1, msf1…) and AVIF (avif, avis).
    private static bool IsStillImageBrand(ReadOnlySpan<byte> brand) =>
        brand.StartsWith("he"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8)
        || brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8);

    private static string Describe(MediaKind kind) =>
        string.Join(", ", All.Where(f => f.Kind == kind).Select(f => f.Name));

    // Only the last path segment reaches the user; a hostile name cannot smuggle a path or control characters.
    private static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return UserText.Shorten(clean);
    }
}
