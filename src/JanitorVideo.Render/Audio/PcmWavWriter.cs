using System.Buffers.Binary;

namespace JanitorVideo.Render.Audio;

/// <summary>Writes stereo float samples as a canonical 16-bit PCM WAV file.</summary>
internal static class PcmWavWriter
{
    private const int Channels = 2;
    private const int BytesPerSample = 2;
    private const int ChunkFrames = 8192;

    public static void Write(Stream output, StereoSamples samples, int sampleRate)
    {
        var dataBytes = (long)samples.Length * Channels * BytesPerSample;
        if (dataBytes > uint.MaxValue - 36)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), "Too long for a WAV file.");
        }

        Span<byte> header = stackalloc byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)(36 + dataBytes));
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(sampleRate * Channels * BytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], Channels * BytesPerSample);
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], BytesPerSample * 8);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], (uint)dataBytes);
        output.Write(header);

        var chunk = new byte[ChunkFrames * Channels * BytesPerSample];
        for (var start = 0; start < samples.Length; start += ChunkFrames)
        {
            var frames = Math.Min(ChunkFrames, samples.Length - start);
            for (var i = 0; i < frames; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(chunk.AsSpan(i * 4), ToPcm(samples.Left[start + i]));
                BinaryPrimitives.WriteInt16LittleEndian(chunk.AsSpan((i * 4) + 2), ToPcm(samples.Right[start + i]));
            }

            output.Write(chunk, 0, frames * Channels * BytesPerSample);
        }
    }

    private static short ToPcm(float sample) => (short)Math.Clamp(Math.Round(sample * 32767.0), -32768, 32767);
}
