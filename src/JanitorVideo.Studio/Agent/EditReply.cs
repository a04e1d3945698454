using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// What the agent says after an edit: what changed in the clip and how it will look, in the
/// user's language, never about buttons or panels. For example: "Druid now breathes and sways
/// gently with drifting petals. The clip is now 8 s long, vertical 9:16 at 1080×1920. Title
/// “The Druid” shows for the first 3 s."
/// </summary>
/// <remarks>
/// The sentences come from comparing the draft before with the draft after, so the reply tells
/// what really changed; the plan adds what was asked but already so ("The clip is already 9:16"),
/// undo and redo, and its notes (a length or volume that was clamped, 4K not offered).
/// </remarks>
public static class EditReply
{
    /// <summary>The reply; <paramref name="language"/> is "en" or "zh-CN" (any "zh…" code answers in Chinese).</summary>
    /// <param name="media">The session's files: a picture's framing is told from what was found at its upload.</param>
    public static string Describe(EditPlan plan, Draft before, Draft after, string language, IReadOnlyList<MediaItem>? media = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var zh = InstructionLanguage.IsChinese(language);
        if (plan.Steps.Count == 0)
        {
            return plan.Question ?? (zh ? "没有需要修改的地方。" : "There was nothing to change.");
        }

        var (was, now) = (ClipFacts.Read(before), ClipFacts.Read(after));
        var sentences = new List<string>();
        if (plan.Steps.Any(step => step is Undo))
        {
            sentences.Add(zh ? "已撤销上一步。" : "Went back one step.");
        }

        if (plan.Steps.Any(step => step is Redo))
        {
            sentences.Add(zh ? "已重做刚才撤销的修改。" : "Redid the change that was undone.");
        }

        var changes = ImageReply.Describe(was, now, zh)
            .Concat(FrameReply.Describe(plan, was, now, zh))
            .Concat(FramingReply.Describe(was, now, media ?? [], zh))
            .Concat(TextReply.Describe(was, now, zh))
            .Concat(MusicReply.Describe(plan, was, now, zh))
            .ToList();
        var notes = plan.Steps.Select(Note).OfType<string>().Distinct().ToList();
        if (changes.Count == 0 && notes.Count == 0 && sentences.Count == 0)
        {
            changes.Add(zh ? "不需要改动，视频已经是这样了。" : "Nothing needed to change; the clip already looks that way.");
        }

        return string.Join(zh ? string.Empty : " ", sentences.Concat(changes).Concat(notes));
    }

    private static string? Note(EditStep step) => step switch
    {
        SetDuration duration => duration.Note,
        SetResolution resolution => resolution.Note,
        SetMusic music => music.Note,
        SetVolume volume => volume.Note,
        _ => null,
    };
}
