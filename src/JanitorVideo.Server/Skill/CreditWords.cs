using JanitorVideo.Core.Backend;
using JanitorVideo.Server.Tools;

namespace JanitorVideo.Server.Skill;

/// <summary>A balance in the words a user reads.</summary>
public static class CreditWords
{
    public static string Describe(CreditBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return balance.Unlimited
            ? "Credits: unlimited on this machine's studio. Exporting is always free."
            : $"Credits: {balance.Available} available, {balance.Frozen} reserved by running work, {balance.Total} in all. " +
              "Generating a clip costs about 100, editing about 50; exporting is free.";
    }

    /// <summary>The balance as tools return it.</summary>
    public static CreditsOutput Output(CreditBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new CreditsOutput(balance.Available, balance.Frozen, balance.Total, balance.Unlimited);
    }
}
