using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Motion;
using JanitorVideo.Studio.Rendering;

namespace JanitorVideo.Studio.Machine;

/// <summary>The names a user can ask the studio for by name: camera motions, built-in music beds, render qualities.</summary>
public static class StudioCatalog
{
    /// <summary>The motion that lets the studio choose from the picture.</summary>
    public const string AutoMotion = MotionPresets.AutoName;

    /// <summary>Every motion preset's name (push-in, pull-out, pans, parallax, idle, handheld…).</summary>
    public static IReadOnlyList<string> MotionNames { get; } = [.. MotionPresets.All.Select(preset => preset.Name)];

    /// <summary>Every built-in music bed's name (lo-fi, ambient, epic, cute).</summary>
    public static IReadOnlyList<string> MusicBedNames { get; } = [.. MusicBeds.All.Select(entry => entry.Name)];

    /// <summary>The quality words a render accepts, fastest first.</summary>
    public static IReadOnlyList<string> Qualities { get; } = ["draft", "standard", "high"];

    /// <summary>True when <paramref name="name"/> is <see cref="AutoMotion"/> or a preset's name (any case).</summary>
    public static bool IsMotion(string name) =>
        string.Equals(name, AutoMotion, StringComparison.OrdinalIgnoreCase) || MotionPresets.Find(name) is not null;

    /// <summary>The canonical name of the music bed <paramref name="words"/> names, if any ("lofi" → "lo-fi").</summary>
    public static bool TryMusicBed(string words, out string name)
    {
        var found = MusicBeds.TryParse(words, out var bed);
        name = found ? MusicBeds.NameOf(bed) : "";
        return found;
    }

    /// <summary>True when <paramref name="quality"/> is a quality word a render understands (any case).</summary>
    public static bool IsQuality(string quality) => RenderQualities.Words.ContainsKey(quality.Trim());
}
