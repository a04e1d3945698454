namespace JanitorVideo.Studio.Http;

/// <summary>A request body over its call's <see cref="BodyLimit"/>; answered with HTTP 413 and the limit in words.</summary>
internal sealed class BodyTooLargeException(long limit) : Exception($"The body is over the {BodyLimit.Describe(limit)} its call takes.")
{
    public long Limit { get; } = limit;
}
