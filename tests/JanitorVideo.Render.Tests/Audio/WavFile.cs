using System.Buffers.Binary;

namespace JanitorVideo.Render.Tests.Audio;

/// <summary>A 16-bit PCM WAV read back from bytes, checking its header on the way.</summary>
internal sealed record WavFile(int Channels, int SampleRate, int BitsPerSample, short[] Samples)
{
    public int Frames => Samples.Length / Channels;

    public static WavFile Parse(byte[] bytes)
    {
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        Assert.Equal((uint)(bytes.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal("WAVEfmt "u8.ToArray(), bytes[8..16]);
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)));
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(22));
        var sampleRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24));
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(34));
        Assert.Equal("data"u8.ToArray(), bytes[36..40]);
        var dataBytes = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40));
        Assert.Equal(bytes.Length - 44, dataBytes);

        var samples = new short[dataBytes / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(44 + (i * 2)));
        }

        return new WavFile(channels, sampleRate, bits, samples);
    }

    /// <summary>The loudest sample as a fraction of full scale.</summary>
    public double Peak => Samples.Max(s => Math.Abs((int)s)) / 32768.0;

    /// <summary>Root-mean-square level as a fraction of full scale.</summary>
    public double Rms => Math.Sqrt(Samples.Average(s => s * (double)s)) / 32768.0;

    /// <summary>RMS of one second-long window, both channels.</summary>
    public double RmsBetween(double fromSeconds, double toSeconds)
    {
        var from = (int)(fromSeconds * SampleRate) * Channels;
        var to = (int)(toSeconds * SampleRate) * Channels;
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            sum += Samples[i] * (double)Samples[i];
        }

        return Math.Sqrt(sum / (to - from)) / 32768.0;
    }
}
