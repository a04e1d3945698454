namespace JanitorVideo.Nemo.Tests.Identity;

/// <summary>A clock that moves only when a test moves it, so expiry is judged at known times.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
