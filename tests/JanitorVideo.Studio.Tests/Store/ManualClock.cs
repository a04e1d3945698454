namespace JanitorVideo.Studio.Tests.Store;

/// <summary>A clock that moves only when a test moves it, so stored times are known exactly.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
