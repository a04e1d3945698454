namespace JanitorVideo.Studio.Tests.Rendering;

/// <summary>A fresh folder under the temp directory for one test's media and renders, removed afterwards.</summary>
internal sealed class RenderFolder : IDisposable
{
    public RenderFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "janitor-studio-render-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Every file and folder in it, by name, sorted.</summary>
    public IReadOnlyList<string> Entries() =>
        [.. Directory.EnumerateFileSystemEntries(Path).Select(entry => System.IO.Path.GetFileName(entry)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Something still holds a file; the OS cleans the temp folder later.
        }
    }
}
