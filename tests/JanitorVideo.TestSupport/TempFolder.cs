namespace JanitorVideo.TestSupport;

/// <summary>A fresh folder under the temp directory, removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "janitor-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="name"/> inside the folder (nothing is created).</summary>
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

    /// <summary>Removes the folder and everything in it.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (by a dying child process, say); the OS cleans the temp folder later.
        }
    }
}
