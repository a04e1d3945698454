namespace JanitorVideo.Render.Effects;

/// <summary>The words (English and Chinese) that name each colour grade.</summary>
internal static class ColorGradeWords
{
    private static readonly (string Word, ColorGrade Grade)[] Table =
    [
        ("none", ColorGrade.None), ("no grade", ColorGrade.None), ("natural", ColorGrade.None), ("original colors", ColorGrade.None),
        ("original colours", ColorGrade.None), ("原色", ColorGrade.None), ("自然", ColorGrade.None), ("不调色", ColorGrade.None),
        ("warm", ColorGrade.Warm), ("warmer", ColorGrade.Warm), ("golden", ColorGrade.Warm), ("sunset", ColorGrade.Warm),
        ("暖色", ColorGrade.Warm), ("暖调", ColorGrade.Warm), ("温暖", ColorGrade.Warm), ("金色", ColorGrade.Warm),
        ("cool", ColorGrade.Cool), ("cooler", ColorGrade.Cool), ("cold", ColorGrade.Cool), ("icy", ColorGrade.Cool),
        ("冷色", ColorGrade.Cool), ("冷调", ColorGrade.Cool), ("清冷", ColorGrade.Cool),
        ("cinematic", ColorGrade.TealOrange), ("teal orange", ColorGrade.TealOrange), ("teal and orange", ColorGrade.TealOrange),
        ("teal-orange", ColorGrade.TealOrange), ("tealorange", ColorGrade.TealOrange), ("movie", ColorGrade.TealOrange),
        ("film look", ColorGrade.TealOrange), ("blockbuster", ColorGrade.TealOrange), ("电影感", ColorGrade.TealOrange),
        ("电影", ColorGrade.TealOrange), ("青橙", ColorGrade.TealOrange), ("大片", ColorGrade.TealOrange),
        ("vintage", ColorGrade.Vintage), ("retro", ColorGrade.Vintage), ("old film", ColorGrade.Vintage), ("nostalgic", ColorGrade.Vintage),
        ("sepia", ColorGrade.Vintage), ("复古", ColorGrade.Vintage), ("怀旧", ColorGrade.Vintage), ("胶片", ColorGrade.Vintage), ("老照片", ColorGrade.Vintage),
        ("dreamy", ColorGrade.Dreamy), ("dream", ColorGrade.Dreamy), ("ethereal", ColorGrade.Dreamy), ("pastel", ColorGrade.Dreamy),
        ("梦幻", ColorGrade.Dreamy), ("唯美", ColorGrade.Dreamy), ("柔和", ColorGrade.Dreamy),
        ("noir", ColorGrade.Noir), ("black and white", ColorGrade.Noir), ("black & white", ColorGrade.Noir), ("b&w", ColorGrade.Noir),
        ("monochrome", ColorGrade.Noir), ("greyscale", ColorGrade.Noir), ("grayscale", ColorGrade.Noir),
        ("黑白", ColorGrade.Noir), ("单色", ColorGrade.Noir),
        ("vivid", ColorGrade.Vivid), ("vibrant", ColorGrade.Vivid), ("saturated", ColorGrade.Vivid), ("colorful", ColorGrade.Vivid),
        ("colourful", ColorGrade.Vivid), ("punchy", ColorGrade.Vivid), ("鲜艳", ColorGrade.Vivid), ("鲜明", ColorGrade.Vivid),
        ("艳丽", ColorGrade.Vivid), ("饱和", ColorGrade.Vivid),
    ];

    /// <summary>The grade whose word appears first (the longer word on a tie, so "teal and orange" beats nothing shorter).</summary>
    public static bool TryFind(string words, out ColorGrade grade)
    {
        grade = ColorGrade.None;
        if (string.IsNullOrWhiteSpace(words))
        {
            return false;
        }

        if (Enum.TryParse(words.Trim(), ignoreCase: true, out ColorGrade named) && Enum.IsDefined(named))
        {
            grade = named;
            return true;
        }

        string text = words.ToLowerInvariant();
        int bestAt = int.MaxValue, bestLength = 0;
        foreach (var (word, candidate) in Table)
        {
            int at = IndexOfWord(text, word);
            if (at >= 0 && (at < bestAt || (at == bestAt && word.Length > bestLength)))
            {
                bestAt = at;
                bestLength = word.Length;
                grade = candidate;
            }
        }

        return bestAt != int.MaxValue;
    }

    /// <summary>Latin words must stand alone ("cool" is not in "cooldown"); Chinese has no spaces to check.</summary>
    private static int IndexOfWord(string text, string word)
    {
        bool latin = char.IsAsciiLetter(word[0]);
        for (int from = 0; from <= text.Length - word.Length;)
        {
            int at = text.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            int end = at + word.Length;
            bool alone = !latin
                || ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])));
            if (alone)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
