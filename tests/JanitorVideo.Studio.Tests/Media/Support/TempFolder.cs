namespace JanitorVideo.Studio.Tests.Media.Support;

/// <summary>A fresh folder under the temp directory, removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "janitor-studio-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Every file under the folder, as paths relative to it with '/'.</summary>
    public IReadOnlyList<string> Files(string under = "") =>
        Directory.Exists(System.IO.Path.Combine(Path, under))
            ? [.. Directory.EnumerateFiles(System.IO.Path.Combine(Path, under), "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child process; the OS cleans the temp folder later.
        }
    }
}
