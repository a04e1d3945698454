using JanitorVideo.Studio.Media;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Media.Support;

/// <summary>
/// The file half of ingest without the store: a folder laid out like the store's, a file received
/// into its incoming folder and checked, thumbnail written where the store keeps them.
/// </summary>
internal sealed class StoreLessIngest : IDisposable
{
    private readonly TempFolder _folder = new();

    public StoreLessIngest(long maxBytes = Core.Media.MediaFormats.MaxUploadBytes)
    {
        Staging = new MediaStaging(Full(MediaPaths.Incoming), maxBytes);
        Inspector = new MediaInspector(FfmpegSamples.Tools);
    }

    public string Folder => _folder.Path;

    public MediaStaging Staging { get; }

    public MediaInspector Inspector { get; }

    /// <summary>Files left under the folder, relative with '/'.</summary>
    public IReadOnlyList<string> Files => _folder.Files();

    public string Full(string relative) => Path.Combine(Folder, relative);

    /// <summary>Receives and checks a local file; returns what was learned and the thumbnail's path.</summary>
    public async Task<(StagedMedia Staged, MediaFacts Facts, string Thumbnail)> CheckFileAsync(string path)
    {
        var (stream, length) = LocalMediaFile.Open(path);
        await using (stream)
        {
            return await CheckAsync(stream, Path.GetFileName(path), length);
        }
    }

    public async Task<(StagedMedia Staged, MediaFacts Facts, string Thumbnail)> CheckAsync(Stream content, string? name, long? length)
    {
        var staged = await Staging.StageAsync(content, name, length, CancellationToken.None);
        try
        {
            var thumbnail = Full(MediaPaths.Thumbnail(staged.Hash));
            var facts = await Inspector.InspectAsync(staged.TempPath, staged.Format, staged.FileName, thumbnail, CancellationToken.None);
            return (staged, facts, thumbnail);
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    public void Dispose() => _folder.Dispose();
}
