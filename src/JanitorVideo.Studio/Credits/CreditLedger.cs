using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Credits;

/// <summary>
/// The studio's credits, speaking the protocol: a balance of available, frozen (reserved by running
/// work) and total; a charge reserves first and is settled when the work changed something, or given
/// back when it did not. With quotas off nothing is charged and the balance says unlimited.
/// </summary>
public sealed class CreditLedger(StudioStore store, CreditRules rules)
{
    /// <summary>What an unlimited balance reports as available, for clients that only read numbers.</summary>
    public const long UnlimitedFigure = 1_000_000;

    public CreditRules Rules => rules;

    public CreditBalance Balance(StudioUser user)
    {
        if (!rules.Enabled)
        {
            return new CreditBalance(UnlimitedFigure, 0, UnlimitedFigure, Unlimited: true);
        }

        var balance = store.Balance(user.UserId);
        return new CreditBalance(balance.Available, balance.Frozen, balance.Available + balance.Frozen);
    }

    /// <summary>Reserves <paramref name="amount"/> for a piece of work; returns the reservation to settle or release.</summary>
    /// <exception cref="VideoBackendException">Not enough left (2001), in the studio's own words.</exception>
    public CreditHold Reserve(StudioUser user, long amount, string work)
    {
        if (!rules.Enabled || amount <= 0)
        {
            return CreditHold.Free;
        }

        var reference = $"{work}:{Guid.NewGuid():N}";
        if (!store.TryReserve(user.UserId, amount, reference))
        {
            var left = store.Balance(user.UserId).Available;
            throw new VideoBackendException(
                ErrorKind.OutOfCredits,
                $"This studio's allowance for your token is used up: {left} credits left, and this needs {amount}. " +
                "Exporting stays free. Ask whoever runs this studio to raise the quota, or run the studio on your own machine, where there is no quota.");
        }

        return new CreditHold(store, reference);
    }
}

/// <summary>Credits held for one piece of work until it is known whether it changed anything.</summary>
public sealed class CreditHold
{
    private readonly StudioStore? _store;
    private readonly string? _reference;
    private int _closed;

    internal CreditHold(StudioStore? store, string? reference) => (_store, _reference) = (store, reference);

    /// <summary>Nothing held (quotas off, or free work).</summary>
    public static CreditHold Free { get; } = new(null, null);

    /// <summary>The work was done: the credits are spent.</summary>
    public void Settle()
    {
        if (_reference is not null && Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _store!.Settle(_reference);
        }
    }

    /// <summary>The work changed nothing or failed: the credits go back.</summary>
    public void Release()
    {
        if (_reference is not null && Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _store!.Release(_reference);
        }
    }
}
