namespace JanitorVideo.Render.Audio;

/// <summary>The synthesized instruments the beds are scored for.</summary>
internal enum Instrument
{
    /// <summary>A mellow electric piano with a gentle stereo tremolo (lo-fi chords).</summary>
    ElectricPiano,

    /// <summary>A slow, soft, detuned pad (ambient).</summary>
    Pad,

    /// <summary>Detuned saws through a low-pass that opens as the note swells (epic strings).</summary>
    Strings,

    /// <summary>Short, low, filtered saws (an epic ostinato).</summary>
    LowStrings,

    /// <summary>A bright, quickly decaying pluck (cute melody and chords).</summary>
    Pluck,

    /// <summary>A soft bell with a long ring (ambient shimmer).</summary>
    Bell,

    /// <summary>A round bass.</summary>
    Bass,

    /// <summary>A slow sine drone an octave under the harmony.</summary>
    SubBass,

    /// <summary>A soft kick drum.</summary>
    Kick,

    /// <summary>A soft snare.</summary>
    Snare,

    /// <summary>A hand clap.</summary>
    Clap,

    /// <summary>A closed hi-hat.</summary>
    HiHat,

    /// <summary>A shaker.</summary>
    Shaker,

    /// <summary>A big low drum.</summary>
    Taiko,
}
