namespace JanitorVideo.Studio.Http;

/// <summary>The protocol's two answer shapes: most calls answer <c>{"code",…}</c>, render calls <c>{"success",…}</c>.</summary>
internal enum ApiFamily
{
    Envelope,
    Render,
}
