namespace JanitorVideo.Render.Tests.Support;

/// <summary>A fresh folder under the temp directory, removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "janitor-render-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="content"/> to a file of the folder and returns its path.</summary>
    public string Write(string name, byte[] content)
    {
        var path = Combine(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Every file under the folder (or under <paramref name="under"/> in it), as paths relative to it with '/', sorted.</summary>
    public IReadOnlyList<string> Files(string under = "") =>
        Directory.Exists(Combine(under))
            ? [.. Directory.EnumerateFiles(Combine(under), "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The names of the files and folders directly in it, sorted.</summary>
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
