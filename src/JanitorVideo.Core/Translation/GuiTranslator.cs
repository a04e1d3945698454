using System.Text;
using System.Text.RegularExpressions;

namespace JanitorVideo.Core.Translation;

/// <summary>
/// Takes the GUI talk out of the backend agent's replies ("click Export", "open the Music
/// panel") and turns it into <see cref="FollowUp"/> actions, by interpreting the
/// <see cref="GuiPhraseTable"/>. Works sentence by sentence: a sentence that is only a GUI
/// instruction goes, a sentence with content and a GUI tail keeps its content, and a reply with
/// no GUI talk comes back exactly as it was.
/// </summary>
public static class GuiTranslator
{
    // Interpreted, not compiled: the texts are short, and compiling dozens of patterns would cost
    // start-up time and, under load, eat into the match timeout on first use.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // A guard against pathological input only; ordinary text matches in microseconds.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly (GuiPhrase Phrase, Regex Regex)[] Phrases =
        [.. GuiPhraseTable.Rows.Select(row => (row, new Regex(row.Pattern, Options, MatchTimeout)))];

    private static readonly Regex ClauseSeparator = new(GuiPhraseTable.ClauseSeparator, Options, MatchTimeout);
    private static readonly Regex LeadIn = new(GuiPhraseTable.LeadIn, Options, MatchTimeout);
    private static readonly Regex TrailingConnector = new(GuiPhraseTable.TrailingConnector, Options, MatchTimeout);
    private static readonly Regex TemporaryIssue = new(GuiPhraseTable.TemporaryIssue, Options, MatchTimeout);
    private static readonly Regex RetryAdvice = new(GuiPhraseTable.RetryAdvice, Options, MatchTimeout);
    private static readonly Regex Whitespace = new(@"\s+", Options, MatchTimeout);

    /// <summary>Translates one reply of the agent.</summary>
    /// <param name="agentText">The agent's text, as streamed.</param>
    /// <returns>The content to show and the actions to take, de-duplicated in order.</returns>
    public static TranslatedReply Translate(string agentText)
    {
        ArgumentNullException.ThrowIfNull(agentText);

        var lines = ReplyLine.Split(agentText);
        var sentences = lines.SelectMany(line => line.Sentences).ToList();
        var followUps = new List<FollowUp>();
        foreach (var sentence in sentences)
        {
            TranslateSentence(sentence, followUps);
        }

        DropTrailingTemporaryIssue(sentences);

        var text = lines.Any(line => line.Changed) ? Render(lines, agentText) : agentText;
        return new TranslatedReply(text, Deduplicate(followUps));
    }

    private static void TranslateSentence(ReplySentence sentence, List<FollowUp> followUps)
    {
        var instructions = FindInstructions(sentence.Text);
        if (instructions.Count == 0)
        {
            return;
        }

        followUps.AddRange(instructions.Select(found => found.FollowUp));
        var content = ContentBefore(sentence.Text, instructions[0].Index);
        if (content is null)
        {
            sentence.Removed = true;
        }
        else
        {
            sentence.Replacement = content;
        }
    }

    /// <summary>The GUI instructions in a sentence, in order; earlier table rows claim overlapping words.</summary>
    private static List<(int Index, FollowUp FollowUp)> FindInstructions(string sentence)
    {
        var claimed = new List<(int Start, int End)>();
        var found = new List<(int Index, FollowUp FollowUp)>();
        foreach (var (phrase, regex) in Phrases)
        {
            foreach (var match in Matches(regex, sentence))
            {
                var end = match.Index + match.Length;
                if (match.Length == 0 || claimed.Any(span => match.Index < span.End && span.Start < end))
                {
                    continue;
                }

                claimed.Add((match.Index, end));
                var detail = Whitespace.Replace(match.Result(phrase.Detail), " ").Trim();
                found.Add((match.Index, new FollowUp(phrase.Kind, detail.Length > 0 ? detail : match.Value.Trim())));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>
    /// The content in the clauses ahead of the one holding the first GUI instruction, closed
    /// with the sentence's own punctuation; null when the instruction's clause is the whole
    /// sentence ("Use the Export button"), or when the clauses before only lead up to it
    /// ("When you're ready, click Export").
    /// </summary>
    private static string? ContentBefore(string sentence, int instructionIndex)
    {
        var head = sentence[..instructionIndex];
        var separators = Matches(ClauseSeparator, head);
        if (separators.Count == 0)
        {
            return null;
        }

        var content = head[..separators[^1].Index];
        string trimmed;
        while ((trimmed = TrailingConnector.Replace(content, "")) != content)
        {
            content = trimmed;
        }

        if (!content.Any(char.IsLetterOrDigit) || LeadIn.IsMatch(content))
        {
            return null;
        }

        return content + ClosingPunctuation(sentence);
    }

    private static string ClosingPunctuation(string sentence)
    {
        var end = sentence.Length;
        while (end > 0 && ReplyLine.IsCloser(sentence[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && ReplyLine.IsTerminator(sentence[start - 1]))
        {
            start--;
        }

        return sentence[start..end];
    }

    /// <summary>
    /// Drops a closing "I encountered a temporary issue" (with a "please try again" after it)
    /// when something came before it; on its own it is the whole reply and stays.
    /// </summary>
    private static void DropTrailingTemporaryIssue(List<ReplySentence> sentences)
    {
        var spoken = sentences.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
        var last = spoken.Count - 1;
        if (last < 1)
        {
            return;
        }

        var start = IsMatch(TemporaryIssue, spoken[last].Text) ? last
            : IsMatch(RetryAdvice, spoken[last].Text) && IsMatch(TemporaryIssue, spoken[last - 1].Text) ? last - 1
            : -1;
        if (start <= 0)
        {
            return;
        }

        for (var i = start; i <= last; i++)
        {
            spoken[i].Removed = true;
        }
    }

    /// <summary>
    /// Writes the kept lines back. Lines left empty go with their ending; a blank line that would
    /// double another blank line, or open the reply, goes with them.
    /// </summary>
    private static string Render(List<ReplyLine> lines, string original)
    {
        var output = new StringBuilder(original.Length);
        var lastWrittenBlank = true;
        var droppedSinceWrite = false;
        foreach (var line in lines)
        {
            var rendered = line.Render();
            if (rendered is null)
            {
                droppedSinceWrite = true;
                continue;
            }

            if (line.IsBlank && droppedSinceWrite && lastWrittenBlank)
            {
                continue;
            }

            output.Append(rendered);
            lastWrittenBlank = line.IsBlank;
            droppedSinceWrite = false;
        }

        if (!droppedSinceWrite)
        {
            return output.ToString();
        }

        // The reply's last lines went: end it the way the original ended.
        var text = output.ToString().TrimEnd();
        return text.Length == 0 ? text : text + lines[^1].Ending;
    }

    private static List<FollowUp> Deduplicate(List<FollowUp> followUps)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. followUps.Where(followUp => seen.Add(DeduplicationKey(followUp)))];
    }

    // One export, one timeline and one balance are enough however many ways the agent asked;
    // clicks, panels and edits differ by their detail.
    private static string DeduplicationKey(FollowUp followUp) => followUp.Kind switch
    {
        FollowUpKind.Export or FollowUpKind.ShowTimeline or FollowUpKind.ShowCredits => followUp.Kind.ToString(),
        _ => $"{followUp.Kind}\n{followUp.Detail}",
    };

    private static List<Match> Matches(Regex regex, string input)
    {
        try
        {
            return regex.Matches(input).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            // Odd text must not stall a reply; it is shown as written.
            return [];
        }
    }

    private static bool IsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
