namespace JanitorVideo.Core.Text;

/// <summary>How the user's own input is quoted back in messages: bounded, so a hostile or huge value cannot flood a reply.</summary>
public static class UserText
{
    public const int MaxQuoted = 80;

    /// <summary>The text, cut to <see cref="MaxQuoted"/> characters with "..." when longer.</summary>
    public static string Shorten(string text) =>
        text.Length <= MaxQuoted ? text : string.Concat(text.AsSpan(0, MaxQuoted - 3), "...");
}
