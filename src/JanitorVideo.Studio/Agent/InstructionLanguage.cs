namespace JanitorVideo.Studio.Agent;

/// <summary>Which language an instruction is in, so plans, questions and replies answer in it.</summary>
public static class InstructionLanguage
{
    /// <summary>The language code for English.</summary>
    public const string English = "en";

    /// <summary>The language code for simplified Chinese.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>
    /// "zh-CN" when the words contain Chinese characters outside quotes, else "en": "add the
    /// title '德鲁伊'" is English with a Chinese title.
    /// </summary>
    public static string Detect(string? instruction)
    {
        if (instruction is null)
        {
            return English;
        }

        try
        {
            return InstructionText.Prepare(instruction).Text.Any(IsHan) ? Chinese : English;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return instruction.Any(IsHan) ? Chinese : English;
        }
    }

    /// <summary>True for "zh", "zh-CN", "zh-Hans" and the like.</summary>
    public static bool IsChinese(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
