using System.Globalization;

namespace JanitorVideo.Render.Ffmpeg;

/// <summary>Compares what ffprobe found in an encoded file with what was asked for.</summary>
internal static class EncodeVerification
{
    /// <summary>How far the audio's length may stray from the video's, in seconds.</summary>
    public const double AudioTolerance = 0.1;

    /// <summary>Plain descriptions of every mismatch; empty when the file is as asked.</summary>
    public static IReadOnlyList<string> Problems(MediaProbe probe, EncodeSettings settings)
    {
        var problems = new List<string>();
        if (probe.VideoCodec != "h264")
        {
            problems.Add($"video codec is '{probe.VideoCodec}', not h264");
        }

        if (probe.PixelFormat != "yuv420p")
        {
            problems.Add($"pixel format is '{probe.PixelFormat}', not yuv420p");
        }

        if (probe.Width != settings.Width || probe.Height != settings.Height)
        {
            problems.Add($"frame size is {probe.Width}x{probe.Height}, not {settings.Width}x{settings.Height}");
        }

        if (Math.Abs(probe.FrameCount - settings.FrameCount) > 1)
        {
            problems.Add($"it has {probe.FrameCount} frames, not {settings.FrameCount}");
        }

        if (settings.Music is not null)
        {
            if (!probe.HasAudio)
            {
                problems.Add("the music is missing");
            }
            else if (Math.Abs(probe.AudioDurationSeconds - settings.DurationSeconds) > AudioTolerance)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"the music lasts {probe.AudioDurationSeconds:0.###} s, not {settings.DurationSeconds:0.###} s"));
            }
        }

        return problems;
    }
}
