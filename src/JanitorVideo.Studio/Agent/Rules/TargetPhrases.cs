using System.Globalization;
using System.Text.RegularExpressions;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Finds which image a clause is about ("the second image", "image 2", "the last one", "第二张",
/// "最后一张", "each image", "每张") and marks the phrase with <see cref="RulePatterns.Target"/>, so
/// "remove the second image" can be read and "the first 3 seconds" is not taken for an image.
/// A clause that names no image keeps the image of the clause before it.
/// </summary>
internal static class TargetPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private const string Nouns = "image|picture|photo|pic|one|clip|shot|slide|scene|character|illustration|drawing";

    private static readonly Regex Phrases = new(
        $@"\b(?:the\s+)?(?<![\d][\s-]*)(?<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th|last|final)\s+(?:{Nouns})\b" +
        @"|\b(?:image|picture|photo|pic|slide)\s*(?:#|no\.?\s*|number\s+)?(?<d>\d{1,2})(?![\d.]|\s*(?:s\b|secs?\b|seconds?\b|%|p\b|:|秒))" +
        "|第\\s*(?<z>[一二三四五六七八九十两]+|\\d{1,2})\\s*(?:张|个|幅|段|帧|页)(?:图片|图|照片|画)?" +
        "|(?<l>最后)(?:一|那)?\\s*(?:张|个|幅)(?:图片|图|照片|画)?" +
        "|(?:图片|照片|图)\\s*(?<d>\\d{1,2})(?!\\s*(?:秒|%))" +
        @"|\b(?<all>all|every|each|both)\s+(?:of\s+)?(?:the\s+)?(?:images|pictures|photos|pics|ones|clips|slides|image|picture|photo|one|them)\b" +
        @"|\b(?<all>each|per\s+(?:image|picture|photo|slide)|both|all\s+of\s+them)\b" +
        "|(?<all>每一?张|每个|所有的?|全部的?)(?:图片|图|照片)?",
        Options, Timeout);

    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>Sets the sketch's target for this clause and returns the clause with the phrases marked.</summary>
    public static string Mark(string clause, PlanSketch sketch)
    {
        Match first;
        try
        {
            first = Phrases.Match(clause);
        }
        catch (RegexMatchTimeoutException)
        {
            return clause;
        }

        if (!first.Success)
        {
            return clause;
        }

        Resolve(first, sketch);
        return Phrases.Replace(clause, RulePatterns.Target);
    }

    private static void Resolve(Match match, PlanSketch sketch)
    {
        if (match.Groups["all"].Success)
        {
            sketch.Target = null;
            sketch.Each = !match.Groups["all"].Value.StartsWith("all", StringComparison.OrdinalIgnoreCase)
                && !match.Groups["all"].Value.StartsWith("both", StringComparison.OrdinalIgnoreCase)
                && !match.Groups["all"].Value.StartsWith("所有", StringComparison.Ordinal)
                && !match.Groups["all"].Value.StartsWith("全部", StringComparison.Ordinal);
            return;
        }

        var count = sketch.ImageCount;
        var number = Number(match, count);
        sketch.Each = false;
        if (count == 0)
        {
            sketch.NamedImageWithoutAny = true;
            sketch.Target = null;
        }
        else if (number < 1 || number > count)
        {
            sketch.MissingImage = number;
            sketch.Target = null;
        }
        else
        {
            sketch.Target = number - 1;
        }
    }

    // 1-based; "last" is the count.
    private static int Number(Match match, int count)
    {
        if (match.Groups["l"].Success)
        {
            return count;
        }

        if (match.Groups["d"].Success)
        {
            return int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        }

        if (match.Groups["z"].Success)
        {
            return (int)(NumberWords.Parse(match.Groups["z"].Value) ?? 0);
        }

        var word = match.Groups["o"].Value.ToLowerInvariant();
        if (word is "last" or "final")
        {
            return count;
        }

        var index = Array.IndexOf(Ordinals, word);
        return index >= 0 ? index + 1 : (int)(NumberWords.Parse(word[..^2]) ?? 0);
    }
}
