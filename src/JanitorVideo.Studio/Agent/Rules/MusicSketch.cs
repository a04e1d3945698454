namespace JanitorVideo.Studio.Agent;

/// <summary>What the words ask of the music.</summary>
internal sealed class MusicSketch
{
    /// <summary>A named bed ("bed:epic").</summary>
    public string? Bed { get; set; }

    /// <summary>"use my song": the last uploaded audio.</summary>
    public bool MySong { get; set; }

    /// <summary>"add music" without saying which: the last uploaded audio, else lo-fi.</summary>
    public bool Requested { get; set; }

    public bool Remove { get; set; }

    /// <summary>An absolute volume asked for, before clamping.</summary>
    public int? Volume { get; set; }

    /// <summary>Steps of "louder" (+) and "quieter" (−).</summary>
    public int Nudges { get; set; }

    public bool Mute { get; set; }

    public bool ChangesVolume => Volume is not null || Nudges != 0 || Mute;

    public bool Any => Bed is not null || MySong || Requested || Remove || ChangesVolume;
}
