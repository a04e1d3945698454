namespace JanitorVideo.Core.Backend;

/// <summary>Credits: what can be spent now, what running work has reserved, and their sum.</summary>
/// <param name="Unlimited">True where no quota applies (the embedded studio on a personal machine).</param>
public sealed record CreditBalance(long Available, long Frozen, long Total, bool Unlimited = false);
