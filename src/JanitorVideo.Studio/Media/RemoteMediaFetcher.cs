namespace JanitorVideo.Studio.Media;

/// <summary>
/// Fetches a URL upload: http(s) only, every resolved address public (checked when connecting, so
/// each redirect and each DNS answer is checked), size-capped while streaming, with a time limit.
/// </summary>
public sealed class RemoteMediaFetcher
{
}
