namespace JanitorVideo.Studio.Http;

/// <summary>The two answers to a render poll that public descriptions of the cloud give; clients must accept either.</summary>
public enum RenderPollShape
{
    /// <summary>Top-level <c>status</c> and <c>progress</c>, the video at <c>output.url</c>.</summary>
    TopLevel,

    /// <summary>Everything under <c>data</c>: <c>status</c>, <c>progress</c>, <c>outputUrl</c>, <c>createdAt</c>, <c>completedAt</c>.</summary>
    Data,
}
