namespace JanitorVideo.AgentSample;

/// <summary>Finds the repository the sample runs in, for its default image and server project.</summary>
public static class Repository
{
    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>JanitorVideo.sln</c>, or null.</summary>
    public static string? Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JanitorVideo.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
