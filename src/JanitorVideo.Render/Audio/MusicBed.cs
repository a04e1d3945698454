namespace JanitorVideo.Render.Audio;

/// <summary>A built-in music bed, synthesized on this machine (no recordings, no downloads).</summary>
public enum MusicBed
{
    /// <summary>Mellow jazzy chords at 75 bpm, soft kick and hats, a little vinyl noise.</summary>
    LoFi,

    /// <summary>Slow evolving pads with a soft bell shimmer, no drums.</summary>
    Ambient,

    /// <summary>Low drums and swelling string-like pads at 90 bpm, in a minor key.</summary>
    Epic,

    /// <summary>A plucky major melody at 120 bpm with light claps.</summary>
    Cute,
}
