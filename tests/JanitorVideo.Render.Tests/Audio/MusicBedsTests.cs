using System.Security.Cryptography;
using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Tests.Audio;

public sealed class MusicBedsTests
{
    public static TheoryData<MusicBed> Beds => [.. Enum.GetValues<MusicBed>()];

    [Fact]
    public void All_ListsEveryBedWithItsShortName()
    {
        Assert.Equal(Enum.GetValues<MusicBed>(), MusicBeds.All.Select(entry => entry.Bed));
        Assert.Equal(["lo-fi", "ambient", "epic", "cute"], MusicBeds.All.Select(entry => entry.Name));
        Assert.All(MusicBeds.All, entry => Assert.StartsWith("Built-in", entry.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lofi", MusicBed.LoFi)]
    [InlineData("Lo-Fi", MusicBed.LoFi)]
    [InlineData("lo fi beats please", MusicBed.LoFi)]
    [InlineData("something chill", MusicBed.LoFi)]
    [InlineData("轻音乐", MusicBed.LoFi)]
    [InlineData("ambient", MusicBed.Ambient)]
    [InlineData("calm and dreamy", MusicBed.Ambient)]
    [InlineData("加一点氛围音乐", MusicBed.Ambient)]
    [InlineData("EPIC", MusicBed.Epic)]
    [InlineData("cinematic music", MusicBed.Epic)]
    [InlineData("史诗感的配乐", MusicBed.Epic)]
    [InlineData("cute", MusicBed.Cute)]
    [InlineData("something playful!", MusicBed.Cute)]
    [InlineData("可爱一点", MusicBed.Cute)]
    [InlineData("epic, or maybe cute", MusicBed.Epic)]
    public void TryParse_Words_FindTheBed(string words, MusicBed expected)
    {
        Assert.True(MusicBeds.TryParse(words, out var bed));
        Assert.Equal(expected, bed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jazz fusion")]
    [InlineData("a chilly morning")]
    [InlineData("epicentre")]
    public void TryParse_NoBedNamed_False(string words) => Assert.False(MusicBeds.TryParse(words, out _));

    [Theory]
    [MemberData(nameof(Beds))]
    public void WriteWav_EveryBed_IsStereo16BitOfTheRightLength(MusicBed bed)
    {
        var wav = WavFile.Parse(Write(bed, 2.5, seed: 0, sampleRate: 48000));

        Assert.Equal(2, wav.Channels);
        Assert.Equal(48000, wav.SampleRate);
        Assert.Equal(16, wav.BitsPerSample);
        Assert.Equal(120_000, wav.Frames);
    }

    [Theory]
    [MemberData(nameof(Beds))]
    public void WriteWav_EveryBed_IsAudibleAndNormalisedWithoutClipping(MusicBed bed)
    {
        var wav = WavFile.Parse(Write(bed, 6, seed: 0));

        Assert.InRange(wav.Peak, 0.6, 0.99);
        Assert.True(wav.Rms > 0.03, $"{bed} is too quiet: RMS {wav.Rms:0.0000}");
        for (var second = 0; second < 6; second++)
        {
            Assert.True(wav.RmsBetween(second, second + 1) > 0.01, $"{bed} falls silent in second {second}.");
        }
    }

    [Theory]
    [MemberData(nameof(Beds))]
    public void WriteWav_SameSeed_SameBytes_OtherSeed_OtherMusic(MusicBed bed)
    {
        var first = SHA256.HashData(Write(bed, 3, seed: 7));
        var again = SHA256.HashData(Write(bed, 3, seed: 7));
        var other = SHA256.HashData(Write(bed, 3, seed: 8));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void WriteWav_EachBed_SoundsDifferent()
    {
        var hashes = Enum.GetValues<MusicBed>().Select(bed => Convert.ToHexString(SHA256.HashData(Write(bed, 1, seed: 0)))).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void WriteWav_OtherSampleRate_HasThatRateAndLength()
    {
        var wav = WavFile.Parse(Write(MusicBed.Cute, 1, seed: 0, sampleRate: 44100));

        Assert.Equal(44100, wav.SampleRate);
        Assert.Equal(44100, wav.Frames);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(301)]
    public void WriteWav_ImpossibleLength_Throws(double seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MusicBeds.WriteWav(MusicBed.LoFi, seconds, Stream.Null));

    private static byte[] Write(MusicBed bed, double seconds, int seed, int sampleRate = 48000)
    {
        using var stream = new MemoryStream();
        MusicBeds.WriteWav(bed, seconds, stream, seed, sampleRate);
        return stream.ToArray();
    }

    [Fact]
    public void BedCache_SameBedAgain_HandsOutTheSynthesisedBytesWithoutMakingThemAgain()
    {
        using var made = new MemoryStream();
        MusicBeds.WriteWav(MusicBed.Cute, 1.25, made, seed: 41);
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        using var other = new MemoryStream();

        BedCache.WriteWav(MusicBed.Cute, 1.25, 41, first);
        var hits = BedCache.Hits;
        BedCache.WriteWav(MusicBed.Cute, 1.25, 41, second);
        BedCache.WriteWav(MusicBed.Cute, 1.25, 42, other);

        Assert.Equal(made.ToArray(), first.ToArray());
        Assert.Equal(made.ToArray(), second.ToArray());
        Assert.True(BedCache.Hits > hits, "the second ask is answered from memory");
        Assert.NotEqual(made.ToArray(), other.ToArray());
    }
}
