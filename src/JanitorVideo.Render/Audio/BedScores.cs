namespace JanitorVideo.Render.Audio;

/// <summary>Composes the score of a bed for a seed.</summary>
internal static class BedScores
{
    public static BedScore Compose(MusicBed bed, int seed)
    {
        var random = new SeededRandom(SeededRandom.Mix((ulong)(uint)seed, 0xBED0UL + (ulong)bed));
        return bed switch
        {
            MusicBed.LoFi => LoFiScore.Compose(random),
            MusicBed.Ambient => AmbientScore.Compose(random),
            MusicBed.Epic => EpicScore.Compose(random),
            MusicBed.Cute => CuteScore.Compose(random),
            _ => throw new ArgumentOutOfRangeException(nameof(bed), bed, null),
        };
    }
}
