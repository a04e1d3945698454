namespace JanitorVideo.TestSupport;

/// <summary>The checkout the tests were built from: the folder holding <c>JanitorVideo.sln</c> (for the sample art, the manifests).</summary>
public static class RepositoryFolder
{
    private static readonly Lazy<string> RootFolder = new(Find);

    public static string Root => RootFolder.Value;

    /// <summary>The full path of a file or folder of the checkout, from its parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JanitorVideo.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No JanitorVideo.sln above {AppContext.BaseDirectory}.");
    }
}
