namespace JanitorVideo.Nemo.Api;

/// <summary>What one call to the service is, as far as the recovery rules care.</summary>
/// <param name="Name">Words for the log ("state", "upload", "the message").</param>
/// <param name="Idempotent">Doing it twice does no more than doing it once (reads, cancels): only these are retried after a network failure, whose effect is unknown.</param>
/// <param name="Limit">How long one attempt's exchange may take once it has its token; <see cref="Timeout.InfiniteTimeSpan"/> when the caller's token carries the limit (reply streams, downloads).</param>
/// <param name="ClientIdCall">The token request, where an HTTP 400 means the client id was missing or refused.</param>
/// <param name="LostAnswerIsDrop">A message: when its answer is lost it may be running, so it counts as a dropped reply stream (followed in the state, never sent again).</param>
internal sealed record NemoCall(string Name, bool Idempotent, TimeSpan Limit, bool ClientIdCall = false, bool LostAnswerIsDrop = false);
