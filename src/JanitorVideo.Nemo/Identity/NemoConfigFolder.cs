namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// The folder where this machine's NemoVideo identity is kept: <c>~/.config/nemovideo</c>, as the
/// reference names it. <c>XDG_CONFIG_HOME</c> is deliberately not followed: other NemoVideo skill
/// clients on the same machine read this exact path, and a second id would burn the per-IP
/// anonymous-token allowance that one shared id spares.
/// </summary>
public sealed record NemoConfigFolder
{
    /// <summary>The name of the file that holds the client id (a UUID, nothing else).</summary>
    public const string ClientIdFileName = "client_id";

    /// <summary>The name of the file that holds the anonymous token, its user and its expiry.</summary>
    public const string AnonymousTokenFileName = "anonymous_token.json";

    /// <summary>The folder's full path.</summary>
    public required string Path { get; init; }

    /// <summary>The client id file's full path.</summary>
    public string ClientIdFile => System.IO.Path.Combine(Path, ClientIdFileName);

    /// <summary>The anonymous token file's full path.</summary>
    public string AnonymousTokenFile => System.IO.Path.Combine(Path, AnonymousTokenFileName);

    /// <summary>The folder under <paramref name="home"/> (a test's temporary folder, or the user's home).</summary>
    /// <exception cref="ArgumentException"><paramref name="home"/> is blank.</exception>
    public static NemoConfigFolder InHome(string home)
    {
        if (string.IsNullOrWhiteSpace(home))
        {
            throw new ArgumentException("No home folder is known, so the NemoVideo client id cannot be kept in ~/.config/nemovideo; set HOME, or set NEMO_CLIENT_ID (and NEMO_TOKEN) yourself.");
        }

        return new NemoConfigFolder { Path = System.IO.Path.Combine(System.IO.Path.GetFullPath(home), ".config", "nemovideo") };
    }

    /// <summary>The folder in the current user's home.</summary>
    public static NemoConfigFolder ForCurrentUser() =>
        InHome(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>Creates the folder if needed, readable by its owner only (0700).</summary>
    internal void Create()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
            return;
        }

        Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
