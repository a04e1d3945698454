namespace JanitorVideo.Core.Backend;

/// <summary>One thing to upload: a local file or an http(s) URL the backend fetches.</summary>
public abstract record UploadSource
{
    private UploadSource()
    {
    }

    /// <summary>A file on this machine, by absolute path.</summary>
    public sealed record LocalFile(string Path) : UploadSource;

    /// <summary>A public http(s) URL.</summary>
    public sealed record RemoteUrl(Uri Url) : UploadSource;
}
