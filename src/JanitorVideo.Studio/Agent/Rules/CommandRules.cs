using static JanitorVideo.Studio.Agent.InstructionRule;
using static JanitorVideo.Studio.Agent.RulePatterns;

namespace JanitorVideo.Studio.Agent;

/// <summary>Rows for whole-timeline commands: undo, redo, and taking an image out.</summary>
internal static class CommandRules
{
    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("redo", @"\bredo\b|\bundo\s+(?:the|that|my)\s+undo\b|重做|恢复撤销|取消撤销", (s, _) => s.Redo = true),
        Row("undo",
            @"\bundo\b|\bgo\s+back\b|\brevert\b|\b(?:back\s+to|restore)\s+(?:the\s+)?(?:previous|last|earlier)\s+(?:version|one)\b" +
            "|撤销|撤回|回退|返回上一步|回到上一步|退回上一步|上一个版本",
            (s, _) => s.Undo = true),

        // The image phrase was marked by TargetPhrases; "the second image's snow" is not the image.
        Row("remove-image",
            $@"\b(?:remove|delete|drop|cut|take\s+out|get\s+rid\s+of)\b(?:\s+(?:the|that))?\s*{Target}(?!\s*(?:'s|’s|s\b))" +
            $"|(?:删除|删掉|去掉|移除|拿掉|不要)了?\\s*{Target}(?!\\s*(?:的|里|上))",
            (s, _) =>
            {
                if (s.Target is { } index)
                {
                    s.RemovedImages.Add(index);
                }
            }),
    ];
}
