namespace JanitorVideo.Core.Backend;

/// <summary>Which backend answers the tools.</summary>
public enum BackendKind
{
    Studio,
    Cloud,
}

/// <summary>
/// The selection rule: <c>JANITOR_BACKEND=studio|cloud</c> decides; unset means cloud when
/// <c>NEMO_TOKEN</c> or <c>NEMO_API_URL</c> is set, else the embedded studio.
/// </summary>
public static class BackendChoice
{
    /// <exception cref="ArgumentException">The setting names no backend; the message says which values work.</exception>
    public static BackendKind Decide(string? janitorBackend, string? nemoToken, string? nemoApiUrl)
    {
        if (!string.IsNullOrWhiteSpace(janitorBackend))
        {
            return janitorBackend.Trim().ToLowerInvariant() switch
            {
                "studio" => BackendKind.Studio,
                "cloud" => BackendKind.Cloud,
                var other => throw new ArgumentException(
                    $"JANITOR_BACKEND is '{other}'; use 'studio' (the embedded default) or 'cloud' (NemoVideo)."),
            };
        }
        return string.IsNullOrWhiteSpace(nemoToken) && string.IsNullOrWhiteSpace(nemoApiUrl)
            ? BackendKind.Studio
            : BackendKind.Cloud;
    }
}
