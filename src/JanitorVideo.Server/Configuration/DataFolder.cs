namespace JanitorVideo.Server.Configuration;

/// <summary>
/// The one place that knows where the product keeps its files: logs, exports and the studio's
/// database, media and renders. <c>JANITOR_DATA_DIR</c>, else the XDG data folder.
/// </summary>
public sealed record DataFolder(string Root)
{
    public string Logs => Path.Combine(Root, "logs");

    public string Exports => Path.Combine(Root, "exports");

    /// <summary>Where files for upload can always be put, whatever folders the server is confined to.</summary>
    public string Inbox => Path.Combine(Root, "inbox");

    /// <summary>Finished renders kept by what decides their pixels, so an unchanged project is never rendered twice.</summary>
    public string Clips => Path.Combine(Root, "clips");

    /// <summary>The embedded studio's database, media and renders.</summary>
    public string Studio => Path.Combine(Root, "studio");

    public static DataFolder Resolve(string? janitorDataDir, string? xdgDataHome)
    {
        if (!string.IsNullOrWhiteSpace(janitorDataDir))
        {
            return new DataFolder(Path.GetFullPath(ExpandHome(janitorDataDir.Trim())));
        }
        var dataHome = string.IsNullOrWhiteSpace(xdgDataHome)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdgDataHome;
        return new DataFolder(Path.Combine(Path.GetFullPath(dataHome), "janitor-video"));
    }

    /// <summary>Expands a leading <c>~/</c> to the user's home folder, as a shell would.</summary>
    public static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : "")
            : path;
}
