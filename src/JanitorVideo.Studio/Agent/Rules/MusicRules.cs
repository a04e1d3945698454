using static JanitorVideo.Studio.Agent.InstructionRule;
using static JanitorVideo.Studio.Agent.RulePatterns;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Rows for which music plays: the user's own song, a built-in bed, any music, or none. They run
/// before the look and motion rows, so "dramatic music" is music and not a strong motion.
/// Volume rows are in <see cref="VolumeRules"/>.
/// </summary>
internal static class MusicRules
{
    private const string BedNoun = @"(?:background\s+)?" + MusicNoun;

    public static IReadOnlyList<InstructionRule> Rows { get; } =
    [
        Row("music-mine",
            @"\b(?:my|our)\s+(?:own\s+)?(?:uploaded\s+)?(?:song|music|track|audio|tune|mp3)\b|\bthe\s+(?:song|track|music|audio|mp3)\s+(?:i|we)\s+(?:uploaded|sent|added)\b|\buploaded\s+(?:song|track|audio|music)\b" +
            "|我(?:自己)?的(?:歌曲|歌|音乐|配乐)|(?:我)?上传的(?:歌曲|歌|音乐|音频)",
            (s, _) => s.Music.MySong = true),
        Row("music-remove",
            $@"{Remove}{RemoveFiller}(?:music|bgm|soundtrack|song|audio|sound)\b|\b(?:silent|no\s+sound)\b" +
            $"|{RemoveZh}\\s*(?:背景)?(?:音乐|配乐|BGM|歌曲|歌|声音)",
            (s, _) => s.Music.Remove = true),
        Row("music-lofi",
            $@"\b(?:lo-?fi|chill\s*hop)\b(?:\s+(?:hip-?hop\s+)?{BedNoun})?|\bchill\s+(?:beats?|vibes?|{BedNoun})" +
            $"|(?:低保真|轻松|舒缓)(?:的|风格的|风)?\\s*{MusicNounZh}|低保真",
            (s, _) => s.Music.Bed = "bed:lo-fi"),
        Row("music-ambient",
            $@"\b(?:ambient|atmospheric|calm|relaxing|peaceful|soft|dreamy)\s+{BedNoun}|\bambient\b" +
            $"|(?:氛围|环境|安静|空灵)感?的?\\s*{MusicNounZh}|环境音",
            (s, _) => s.Music.Bed = "bed:ambient"),
        Row("music-epic",
            $@"\b(?:epic|dramatic|cinematic|orchestral|heroic|powerful|intense|trailer)\s+{BedNoun}" +
            $"|(?:史诗|激昂|大气|震撼|热血|燃)感?的?\\s*{MusicNounZh}|史诗",
            (s, _) => s.Music.Bed = "bed:epic"),
        Row("music-cute",
            $@"\b(?:cute|playful|kawaii|happy|cheerful|upbeat|fun|bouncy)\s+{BedNoun}" +
            $"|(?:可爱|俏皮|萌|欢快|活泼)(?:的|一点的|风格的)?\\s*{MusicNounZh}",
            (s, _) => s.Music.Bed = "bed:cute"),

        // Only with a verb that adds: "make the music louder" names music without asking for new music.
        Row("music-add",
            @"\b(?:add|put|use|with|play|include|need|want|give\s+(?:it|me))\b(?:\s+[\w'-]+){0,3}?\s+(?:background\s+)?(?:music|bgm|soundtrack|song|tune)\b" +
            "|(?:加|添加|加上|加点|加个|配上|配|来点|来一段|放点|放|用|需要|要)\\s*(?:一段|一首|点|个|些)?\\s*(?:背景音乐|音乐|配乐|BGM|歌)",
            (s, _) => s.Music.Requested = true),
    ];
}
