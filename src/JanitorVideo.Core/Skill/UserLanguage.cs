namespace JanitorVideo.Core.Skill;

/// <summary>The language a new session is opened in, guessed from the user's words.</summary>
public static class UserLanguage
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    /// <summary>zh-CN when the words hold CJK ideographs, else en.</summary>
    public static string Guess(string? words) =>
        words is not null && words.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            ? Chinese
            : English;
}
