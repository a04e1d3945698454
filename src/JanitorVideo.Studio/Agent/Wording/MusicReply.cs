using static System.FormattableString;

namespace JanitorVideo.Studio.Agent;

/// <summary>The reply sentence about the music, when it changed or its volume was asked about.</summary>
internal static class MusicReply
{
    public static IEnumerable<string> Describe(EditPlan plan, ClipFacts was, ClipFacts now, bool zh)
    {
        switch (was.Music, now.Music)
        {
            case ({ }, null):
                yield return zh ? "已去掉背景音乐，视频现在没有声音。" : "The music is gone; the clip is silent now.";
                break;
            case (var old, { } music) when old is null || old.Source != music.Source:
                var label = ContentWords.Music(music.Source, music.Name, zh);
                yield return zh
                    ? Invariant($"{label}贯穿整个视频，音量 {music.Volume:0.#}%。")
                    : Invariant($"{label} plays under the whole clip at {music.Volume:0.#}%.");
                break;
            case ({ } old, { } music) when old.Volume != music.Volume || plan.Steps.Any(step => step is SetVolume):
                var changed = old.Volume != music.Volume;
                yield return (music.Volume == 0, zh) switch
                {
                    (true, true) => "音乐已静音。",
                    (true, false) => "The music is muted.",
                    (false, true) => Invariant($"音乐音量{(changed ? "现在" : "已经")}是 {music.Volume:0.#}%。"),
                    (false, false) => Invariant($"The music {(changed ? "now" : "already")} plays at {music.Volume:0.#}%."),
                };
                break;
        }
    }
}
