using JanitorVideo.Studio.Engine;

namespace JanitorVideo.Studio.Tests.Engine;

/// <summary>An export waiting on a render in this process hears of its change instead of waiting out a poll.</summary>
public sealed class RenderChangesTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Wait_RenderChanges_EndsWithTheChangeNotTheLongestWait()
    {
        var changes = new RenderChanges();
        var waiting = changes.WaitAsync("u1", "r1", Deadline, TimeProvider.System, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        changes.Changed("u1", "r1");

        Assert.True(await waiting.WaitAsync(Deadline));
    }

    [Fact]
    public async Task Wait_OtherRenderOrUserChanges_KeepsWaitingUntilItsLongest()
    {
        var changes = new RenderChanges();
        var waiting = changes.WaitAsync("u1", "r1", TimeSpan.FromMilliseconds(50), TimeProvider.System, CancellationToken.None);

        changes.Changed("u1", "r2");
        changes.Changed("u2", "r1");

        Assert.False(await waiting.WaitAsync(Deadline));
    }

    [Fact]
    public async Task Wait_SeveralWaiters_AllGoOnAtOneChange()
    {
        var changes = new RenderChanges();
        var first = changes.WaitAsync("u1", "r1", Deadline, TimeProvider.System, CancellationToken.None);
        var second = changes.WaitAsync("u1", "r1", Deadline, TimeProvider.System, CancellationToken.None);

        changes.Changed("u1", "r1");

        var heard = await Task.WhenAll(first, second).WaitAsync(Deadline);
        Assert.All(heard, Assert.True);
    }

    [Fact]
    public async Task Wait_Cancelled_Throws()
    {
        var changes = new RenderChanges();
        using var cancel = new CancellationTokenSource();
        var waiting = changes.WaitAsync("u1", "r1", Deadline, TimeProvider.System, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Deadline));
    }
}
