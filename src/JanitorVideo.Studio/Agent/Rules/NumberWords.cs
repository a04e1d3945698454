using System.Globalization;

namespace JanitorVideo.Studio.Agent;

/// <summary>Reads the numbers <see cref="RulePatterns.Number"/> matches: "8", "2.5", "fifteen", "twenty-five", "十五", "两".</summary>
internal static class NumberWords
{
    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly Dictionary<string, int> Teens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
    };

    private const string ChineseDigits = "零一二三四五六七八九";

    public static double? Parse(string text)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return English(text) ?? Chinese(text);
    }

    private static double? English(string text)
    {
        var parts = text.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var unit = Array.IndexOf(Units, parts[^1]);
        return parts.Length switch
        {
            1 when Teens.TryGetValue(parts[0], out var value) => value,
            1 when unit > 0 => unit,
            2 when Teens.TryGetValue(parts[0], out var tens) && tens >= 20 && unit > 0 => tens + unit,
            _ => null,
        };
    }

    // 两 = 2, 十五 = 15, 二十 = 20, 三十五 = 35, 一百 = 100.
    private static double? Chinese(string text)
    {
        var total = 0;
        var current = 0;
        foreach (var c in text.Replace('两', '二').Replace('〇', '零'))
        {
            var digit = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        var value = total + current;
        return value > 0 ? value : null;
    }
}
