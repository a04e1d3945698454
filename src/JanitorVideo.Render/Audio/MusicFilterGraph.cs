using System.Globalization;

namespace JanitorVideo.Render.Audio;

/// <summary>
/// The FFmpeg filter graph that fits music to a clip, in one chain: skip to the start offset,
/// resample to stereo at the output rate, set the volume, pad or cut to exactly the clip's
/// samples, then fade in and fade out so the fade-out ends on the clip's last sample. Looping a
/// short track is the input's job (<c>-stream_loop -1</c>); this chain cuts it.
/// </summary>
internal static class MusicFilterGraph
{
    public static string Build(MusicSpec spec, long clipSamples, int sampleRate, string inputLabel, string outputLabel)
    {
        var filters = new List<string>();
        if (spec.TrimStartSeconds > 0)
        {
            filters.Add(Format($"atrim=start={spec.TrimStartSeconds:0.######}"));
            filters.Add("asetpts=PTS-STARTPTS");
        }

        filters.Add(Format($"aresample={sampleRate}"));
        filters.Add(Format($"aformat=sample_fmts=fltp:sample_rates={sampleRate}:channel_layouts=stereo"));
        filters.Add(Format($"volume={spec.Volume:0.######}"));
        filters.Add(Format($"apad=whole_len={clipSamples}"));
        filters.Add(Format($"atrim=end_sample={clipSamples}"));

        var fadeIn = Math.Min(clipSamples, (long)Math.Round(spec.FadeInSeconds * sampleRate));
        if (fadeIn > 0)
        {
            filters.Add(Format($"afade=t=in:ss=0:ns={fadeIn}"));
        }

        var fadeOut = Math.Min(clipSamples, (long)Math.Round(spec.FadeOutSeconds * sampleRate));
        if (fadeOut > 0)
        {
            filters.Add(Format($"afade=t=out:ss={clipSamples - fadeOut}:ns={fadeOut}"));
        }

        return $"[{inputLabel}]{string.Join(',', filters)}[{outputLabel}]";
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
