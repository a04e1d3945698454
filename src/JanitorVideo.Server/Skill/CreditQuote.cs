using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// What a message to the agent will cost, estimated before it is sent: generating a clip when the
/// project has none yet, else an edit, at the backend's prices (the reference's table for the
/// cloud, the studio's own under a quota). Undo and anything the agent finds nothing to do for may
/// cost less; the balance read afterwards says what was spent.
/// </summary>
public sealed record CreditQuote(long Cost, string Work, CreditBalance Balance)
{
    /// <summary>The quote for a message on <paramref name="draft"/>, or null when nothing is charged.</summary>
    public static CreditQuote? Estimate(CreditPrices? prices, Draft draft, CreditBalance balance)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(balance);
        if (prices is null || balance.Unlimited)
        {
            return null;
        }

        return draft.IsReadyForExport
            ? new CreditQuote(prices.Edit, "This edit", balance)
            : new CreditQuote(prices.Generation, "Generating the clip", balance);
    }

    /// <summary>The question put to the user: what it costs, what they have, what would be left.</summary>
    public string Question =>
        $"{Work} will spend about {Cost} credits. You have {Balance.Available} available" +
        (Balance.Available >= Cost ? $", about {Balance.Available - Cost} after it." : ", which is not enough; the video service will refuse it.") +
        " Go ahead?";
}

/// <summary>The user's answer to a <see cref="CreditQuote"/>.</summary>
public enum SpendAnswer
{
    /// <summary>Go ahead and spend.</summary>
    Yes,

    /// <summary>The user said no (declined, cancelled or unticked).</summary>
    No,

    /// <summary>The client could not put the question (it failed or gave no answer).</summary>
    NoAnswer,
}

/// <summary>Asks the user whether to spend what <paramref name="quote"/> says (MCP elicitation through the calling client).</summary>
public delegate Task<SpendAnswer> AskToSpend(CreditQuote quote, CancellationToken cancellationToken);

/// <summary>When spending needs the user's yes (JANITOR_CONFIRM_CREDITS).</summary>
/// <param name="ConfirmAbove">A message estimated to cost more than this many credits is put to the user first, when the client can ask.</param>
public sealed record SpendingOptions(long ConfirmAbove = SpendingOptions.DefaultConfirmAbove)
{
    /// <summary>Generating a clip (about 100) is asked about; an edit (about 50) is not.</summary>
    public const long DefaultConfirmAbove = 50;
}
