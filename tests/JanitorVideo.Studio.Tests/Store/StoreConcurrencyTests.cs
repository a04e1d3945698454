using JanitorVideo.Studio.Store;

namespace JanitorVideo.Studio.Tests.Store;

public sealed class StoreConcurrencyTests
{
    private const int Writers = 8;
    private const int CallsEach = 50;

    [Fact]
    public void SaveDraftAndPost_ManyThreadsAtOnce_LoseNothing()
    {
        using var folder = new StoreFolder();
        var (user, shared) = folder.UserWithSession();
        var own = Enumerable.Range(0, Writers).Select(_ => folder.Store.CreateSession(user.UserId, "en")).ToArray();

        RunAtOnce(writer =>
        {
            for (var call = 0; call < CallsEach; call++)
            {
                folder.Store.SaveDraft(shared.SessionId, SampleDrafts.Numbered(call + 1), $"writer {writer}");
                folder.Store.SaveDraft(own[writer].SessionId, SampleDrafts.Numbered(call + 1), $"edit {call}");
                folder.Store.Post(user.UserId, 1, $"writer {writer}");
            }
        });

        var history = folder.Store.History(shared.SessionId);
        Assert.Equal(Enumerable.Range(0, (Writers * CallsEach) + 1), history.Select(version => version.Version));
        Assert.All(
            Enumerable.Range(0, Writers),
            writer => Assert.Equal(CallsEach, history.Count(version => version.Cause == $"writer {writer}")));
        Assert.All(own, session => Assert.Equal(CallsEach, folder.Store.CurrentDraft(session.SessionId).Version));
        Assert.Equal(new LedgerBalance(Writers * CallsEach, 0), folder.Store.Balance(user.UserId));
    }

    [Fact]
    public void TryReserve_ManyThreadsRacingForCredits_NeverOverspends()
    {
        using var folder = new StoreFolder();
        var user = folder.Store.LocalUser();
        folder.Store.Post(user.UserId, 100, "welcome");
        var granted = new int[Writers];

        RunAtOnce(writer =>
        {
            for (var call = 0; call < CallsEach; call++)
            {
                if (folder.Store.TryReserve(user.UserId, 1, $"render_{writer}_{call}"))
                {
                    granted[writer]++;
                }
            }
        });

        Assert.Equal(100, granted.Sum());
        Assert.Equal(new LedgerBalance(0, 100), folder.Store.Balance(user.UserId));
    }

    /// <summary>Starts every writer on its own thread and releases them together.</summary>
    private static void RunAtOnce(Action<int> write)
    {
        using var start = new Barrier(Writers);
        var threads = Enumerable.Range(0, Writers)
            .Select(writer => new Thread(() =>
            {
                start.SignalAndWait();
                write(writer);
            }))
            .ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }
}
