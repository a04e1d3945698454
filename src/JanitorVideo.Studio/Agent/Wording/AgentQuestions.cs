using static System.FormattableString;

namespace JanitorVideo.Studio.Agent;

/// <summary>The questions and notes the agent puts to the user, in English and Chinese.</summary>
internal static class AgentQuestions
{
    public static string NothingUnderstood(bool zh) => zh
        ? "我可以调整画面动效（推近、平移、3D 视差、呼吸摇曳），加雪花、花瓣或闪光等粒子，设置时长（1–60 秒）和画幅（9:16、16:9、1:1），加标题或字幕，以及加背景音乐。你想怎么改？"
        : "I can change how the picture moves (zoom, pan, 3D parallax, breathing), add snow, petals or sparkles, set the length (1–60 s) and format (9:16, 16:9 or 1:1), add titles or captions, and add music. What would you like?";

    public static string UploadImage(bool zh) => zh
        ? "请先上传一张图片（JPG、PNG、WEBP 或 GIF，最大 200 MB），再告诉我想让它怎么动。"
        : "Please upload an image first (JPG, PNG, WEBP or GIF, up to 200 MB), then tell me how it should move.";

    public static string NoSuchImage(int number, int count, bool zh) => zh
        ? Invariant($"没有第{number}张图：这个视频只有 {count} 张图。你指的是第几张（1–{count}）？")
        : Invariant($"There is no image {number}: this clip has {count} {(count == 1 ? "image" : "images")}. Which one do you mean (1–{count})?");

    public static string UploadSong(bool zh) => zh
        ? "还没有收到你的歌曲。请上传一首（MP3、WAV、M4A 或 AAC），或者选择 lo-fi、氛围、史诗或可爱风格的音乐。"
        : "I don't have a song of yours yet. Upload one (MP3, WAV, M4A or AAC), or pick lo-fi, ambient, epic or cute music.";

    public static string NoMusic(bool zh) => zh
        ? "这个视频还没有背景音乐。要加 lo-fi、氛围、史诗或可爱风格的音乐，还是用你自己的歌？"
        : "There's no music in this clip yet. Shall I add lo-fi, ambient, epic or cute music, or one of your songs?";

    public static string ResolutionTooHigh(string asked, bool zh) => zh
        ? $"这里不支持 {asked}，改用最高的 1080p。"
        : $"{asked} isn't available here; using 1080p, the largest.";

    public static string DurationClamped(double asked, double used, bool zh)
    {
        var (a, u) = (ContentWords.Seconds(asked), ContentWords.Seconds(used));
        return (used > asked, zh) switch
        {
            (true, true) => $"视频最短 {u} 秒，{a} 秒太短了，改为 {u} 秒。",
            (true, false) => $"{a} s is shorter than the {u} s minimum; using {u} s.",
            (false, true) => $"视频最长 {u} 秒，{a} 秒太长了，改为 {u} 秒。",
            (false, false) => $"{a} s is longer than the {u} s maximum; using {u} s.",
        };
    }

    public static string VolumeClamped(int asked, int used, bool zh) => zh
        ? Invariant($"音量范围是 0–100%，{asked}% 超出范围，改为 {used}%。")
        : Invariant($"Volume goes from 0 to 100%; using {used}% instead of {asked}%.");
}
