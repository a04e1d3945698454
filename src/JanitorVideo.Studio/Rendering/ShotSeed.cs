using System.Globalization;
using System.Text;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// The seed of a shot's particles and grain: a hash of its place and media id, so the same draft
/// renders the same frames every time (string.GetHashCode changes from run to run). A seed set on
/// the draft (<c>m.seed</c>, as <c>animate --seed</c> does) takes the media id's place: the same
/// picture animated again with the same seed gives the same frames, though its upload got a new id.
/// </summary>
internal static class ShotSeed
{
    /// <summary>The largest seed: small enough that the engine's own seed arithmetic stays well inside an int.</summary>
    public const int Max = 1_000_000;

    /// <summary>1..<see cref="Max"/>, from FNV-1a over "index:mediaId", or "index:seed:" with the draft's own seed (<c>m.seed</c>) when it has one.</summary>
    public static int For(int index, string mediaId, int? draftSeed = null)
    {
        const uint offsetBasis = 2166136261, prime = 16777619;
        var hash = offsetBasis;
        var key = draftSeed is { } seed
            ? string.Create(CultureInfo.InvariantCulture, $"{index}:{seed}:")
            : string.Create(CultureInfo.InvariantCulture, $"{index}:{mediaId}");
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = unchecked((hash ^ b) * prime);
        }

        return 1 + (int)(hash % Max);
    }
}
