using System.Globalization;
using System.Text.Json;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// Reads ffprobe's JSON (<c>-show_format -show_streams</c>). Throws
/// <see cref="InvalidDataException"/> when the file lacks the stream asked for.
/// </summary>
internal static class ProbeJson
{
    public static MediaProbe ParseVideo(string json, long sizeBytes)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var video = Streams(root, "video").FirstOrDefault(stream => !IsAttachedPicture(stream));
        if (video.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("it has no video stream");
        }

        var audio = Streams(root, "audio").FirstOrDefault();
        var hasAudio = audio.ValueKind == JsonValueKind.Object;
        var fps = Rate(video, "avg_frame_rate") is var average and > 0 ? average : Rate(video, "r_frame_rate");
        var duration = Number(video, "duration") is var streamDuration and > 0 ? streamDuration : FormatDuration(root);
        var frames = (int)Number(video, "nb_frames");
        if (frames <= 0 && fps > 0)
        {
            frames = (int)Math.Round(duration * fps);
        }

        return new MediaProbe(
            Text(video, "codec_name"),
            Text(video, "pix_fmt"),
            (int)Number(video, "width"),
            (int)Number(video, "height"),
            duration,
            fps,
            frames,
            hasAudio,
            hasAudio ? Text(audio, "codec_name") : null,
            sizeBytes)
        {
            AudioDurationSeconds = hasAudio ? (Number(audio, "duration") is var audioDuration and > 0 ? audioDuration : FormatDuration(root)) : 0,
        };
    }

    public static AudioProbe ParseAudio(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var audio = Streams(root, "audio").FirstOrDefault();
        if (audio.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("it has no audio stream");
        }

        var duration = Number(audio, "duration") is var streamDuration and > 0 ? streamDuration : FormatDuration(root);
        return new AudioProbe(Text(audio, "codec_name"), duration, (int)Number(audio, "sample_rate"), (int)Number(audio, "channels"));
    }

    private static IEnumerable<JsonElement> Streams(JsonElement root, string codecType) =>
        root.TryGetProperty("streams", out var streams) && streams.ValueKind == JsonValueKind.Array
            ? streams.EnumerateArray().Where(stream => Text(stream, "codec_type") == codecType)
            : [];

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var disposition) && Number(disposition, "attached_pic") > 0;

    private static double FormatDuration(JsonElement root) =>
        root.TryGetProperty("format", out var format) ? Number(format, "duration") : 0;

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    /// <summary>A number ffprobe may write as a JSON number or a string ("3.000000"); 0 when absent or "N/A".</summary>
    private static double Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return 0;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) => parsed,
            _ => 0,
        };
    }

    /// <summary>A rate written as a fraction ("30000/1001"); 0 when absent or "0/0".</summary>
    private static double Rate(JsonElement element, string name)
    {
        var text = Text(element, name);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) ? plain : 0;
        }

        return double.TryParse(text[..slash], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(text[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator)
            && denominator > 0
                ? numerator / denominator
                : 0;
    }
}
