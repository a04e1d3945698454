namespace JanitorVideo.Render.Text;

/// <summary>
/// Where the fonts JanitorVideo relies on live on common systems: DejaVu Sans for Latin, Noto
/// Sans CJK (its Simplified Chinese face) for Chinese, Japanese and Korean. A table, so supporting
/// another layout is one more row.
/// </summary>
internal static class SystemFonts
{
    /// <summary>The families in fallback order, each with the file names it ships under.</summary>
    public static readonly IReadOnlyList<SystemFont> Wanted =
    [
        new("DejaVu Sans", ["DejaVuSans.ttf"], ["DejaVuSans-Bold.ttf"]),
        new(
            "Noto Sans CJK SC",
            ["NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf"],
            ["NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf", "NotoSansSC-Bold.otf"]),
    ];

    /// <summary>Folders used by Debian/Ubuntu, Fedora, Arch, Alpine, macOS and per-user installs.</summary>
    public static IReadOnlyList<string> Folders { get; } =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/opentype/noto",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/dejavu-sans-fonts",
        "/usr/share/fonts/noto-cjk",
        "/usr/share/fonts/google-noto-cjk",
        "/usr/share/fonts/google-noto-sans-cjk-fonts",
        "/usr/share/fonts/TTF",
        "/usr/share/fonts/OTF",
        "/usr/share/fonts/noto",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Fonts"),
    ];

    /// <summary>What to tell a user who has none of them.</summary>
    public const string InstallAdvice =
        "Titles and captions need DejaVu Sans (Latin) and Noto Sans CJK (Chinese, Japanese, Korean). " +
        "Install them (Debian/Ubuntu: sudo apt-get install fonts-dejavu-core fonts-noto-cjk; " +
        "Fedora: sudo dnf install dejavu-sans-fonts google-noto-sans-cjk-fonts; " +
        "Arch: sudo pacman -S ttf-dejavu noto-fonts-cjk; macOS: brew install --cask font-dejavu font-noto-sans-cjk) " +
        "or configure the font files to use.";
}
