using JanitorVideo.Render.Audio;

namespace JanitorVideo.Render.Tests.Audio;

public sealed class BedScoreTests
{
    public static TheoryData<MusicBed> Beds => [.. Enum.GetValues<MusicBed>()];

    [Theory]
    [InlineData(MusicBed.LoFi, 75)]
    [InlineData(MusicBed.Ambient, 60)]
    [InlineData(MusicBed.Epic, 90)]
    [InlineData(MusicBed.Cute, 120)]
    public void Compose_EachBed_HasItsTempo(MusicBed bed, double bpm) => Assert.Equal(bpm, BedScores.Compose(bed, 0).Bpm);

    [Theory]
    [MemberData(nameof(Beds))]
    public void Compose_EachBed_LoopsOnWholeBarsWithEveryNoteInside(MusicBed bed)
    {
        var score = BedScores.Compose(bed, 3);

        Assert.Equal(0, score.LoopBeats % 4);
        Assert.All(score.Notes, note => Assert.InRange(note.Beat, 0, score.LoopBeats));
        Assert.All(score.Notes, note => Assert.InRange(note.Velocity, 0.05, 1));
    }

    [Fact]
    public void Compose_Ambient_HasNoDrums() =>
        Assert.DoesNotContain(BedScores.Compose(MusicBed.Ambient, 0).Notes, note => note.Instrument is Instrument.Kick or Instrument.Snare or Instrument.HiHat or Instrument.Taiko);

    [Fact]
    public void Compose_Cute_MelodyComesHomeToTheTonic()
    {
        var melody = BedScores.Compose(MusicBed.Cute, 11).Notes.Where(note => note.Instrument == Instrument.Pluck && note.Midi >= 72).OrderBy(note => note.Beat).ToList();

        Assert.Equal(0, melody[^1].Midi % 12);
    }

    [Theory]
    [MemberData(nameof(Beds))]
    public void Render_LongerThanTheLoop_RepeatsWithoutASeam(MusicBed bed)
    {
        // A long bed repeats one synthesized pass; across the join it must sound as the music
        // played straight through would.
        const int rate = 48000;
        var score = BedScores.Compose(bed, 5);
        var loopSamples = (int)Math.Round(score.LoopSeconds * rate);
        var repeated = BedRenderer.Render(score, score.LoopSeconds + 1, rate, 9);
        var straight = BedRenderer.RenderWindow(score, score.LoopSeconds - 1, 2 * rate, rate, 9);

        double difference = 0, level = 0;
        for (var i = 0; i < 2 * rate; i++)
        {
            var d = repeated.Left[loopSamples - rate + i] - straight.Left[i];
            difference += d * d;
            level += straight.Left[i] * (double)straight.Left[i];
        }

        Assert.Equal(loopSamples + rate, repeated.Length);
        Assert.True(difference < level * 1e-4, $"{bed}: across the join the repeat differs from the music by {10 * Math.Log10(difference / level):0.0} dB.");
    }
}
