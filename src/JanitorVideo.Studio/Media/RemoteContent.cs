namespace JanitorVideo.Studio.Media;

/// <summary>A fetched body as it arrives, with what the response said about it.</summary>
/// <param name="Url">The address the body came from, after redirects.</param>
/// <param name="SuggestedName">The name from Content-Disposition or the URL's last path segment, as given (not yet sanitised).</param>
/// <param name="Length">The announced length, if any (already within the limit).</param>
/// <param name="Body">The body, capped at the size limit: reading past it throws.</param>
public sealed record RemoteContent(Uri Url, string? SuggestedName, long? Length, Stream Body);
