namespace JanitorVideo.Core.Backend;

/// <summary>
/// What a backend's agent charges for a message, in credits (rendering and exporting are free):
/// generating a clip for a project that has none, or an edit of one it has.
/// </summary>
public sealed record CreditPrices(long Generation, long Edit)
{
    /// <summary>The reference's figures for NemoVideo: about 100 to generate a clip, about 50 for an edit.</summary>
    public static CreditPrices NemoVideo { get; } = new(100, 50);
}
