using static System.FormattableString;

namespace JanitorVideo.Studio.Agent;

/// <summary>One short line per step for <see cref="EditPlan.Understood"/>, in the user's language; a step's note, when it has one, is its line.</summary>
internal static class StepWording
{
    public static string Line(EditStep step, bool zh) => step switch
    {
        SetDuration { Note: { } note } => note,
        SetResolution { Note: { } note } => note,
        SetMusic { Note: { } note } => note,
        SetVolume { Note: { } note } => note,
        Animate { Motion: null, Strength: null, Speed: null, Loop: null, PixelArt: null, ImageIndex: null } =>
            zh ? "把新上传的图片放到时间线上" : "put the new images on the timeline",
        Animate animate => Target(animate.ImageIndex, zh) + string.Join(zh ? "，" : ", ", MotionParts(animate, zh)),
        AddParticles add => Target(add.ImageIndex, zh) + (zh ? "加" : "add ") + ContentWords.Particle(add.Kind, zh),
        RemoveParticles remove => Target(remove.ImageIndex, zh) + (remove.Kind is { } kind
            ? (zh ? "去掉" : "remove ") + ContentWords.Particle(kind, zh)
            : zh ? "去掉所有粒子" : "remove all particles"),
        SetLook look => Target(look.ImageIndex, zh) + string.Join(zh ? "，" : ", ", LookParts(look, zh)),
        SetDuration duration => duration.ImageIndex is null
            ? (zh ? $"总时长 {ContentWords.Seconds(duration.Seconds)} 秒" : $"clip length {ContentWords.Seconds(duration.Seconds)} s")
            : Target(duration.ImageIndex, zh) + (zh ? $"{ContentWords.Seconds(duration.Seconds)} 秒" : $"{ContentWords.Seconds(duration.Seconds)} s"),
        SetAspect aspect => (zh ? "画幅 " : "format ") + ContentWords.Aspect(aspect.Aspect, zh),
        SetResolution resolution => (zh ? Invariant($"分辨率 {resolution.ShortSide}p") : Invariant($"{resolution.ShortSide}p")),
        AddText add => ContentWords.Style(add.Style, zh) + (zh ? string.Empty : " ") + ContentWords.Quote(add.Text, zh) + Times(add.StartSeconds, add.EndSeconds, zh) + Place(add.Placement, zh),
        ChangeText change => ContentWords.Style(change.Style, zh)
            + (change.Text is { } text ? (zh ? "改为" : " → ") + ContentWords.Quote(text, zh) : string.Empty)
            + Times(change.StartSeconds, change.EndSeconds, zh) + Place(change.Placement, zh),
        RemoveText remove => remove.Style is null
            ? (zh ? "去掉所有文字" : "remove all text")
            : (zh ? "去掉" : "remove the ") + ContentWords.Style(remove.Style, zh),
        SetMusic music => (zh ? "背景音乐：" : "music: ") + MusicName(music.Source, zh)
            + (music.VolumePercent is { } volume ? (zh ? Invariant($"，音量 {volume}%") : Invariant($" at {volume}%")) : string.Empty),
        SetVolume volume => (zh ? Invariant($"音乐音量 {volume.VolumePercent}%") : Invariant($"music volume {volume.VolumePercent}%")),
        RemoveMusic => zh ? "去掉背景音乐" : "remove the music",
        RemoveImage remove => (zh ? "删除" : "remove ") + ContentWords.Image(remove.ImageIndex, zh),
        Undo => zh ? "撤销上一步" : "undo the last change",
        Redo => zh ? "重做刚才撤销的修改" : "redo the change that was undone",
        _ => step.GetType().Name,
    };

    private static string Target(int? index, bool zh) =>
        index is { } i ? ContentWords.Image(i, zh) + (zh ? "：" : ": ") : string.Empty;

    private static IEnumerable<string> MotionParts(Animate animate, bool zh)
    {
        if (animate.Motion is { } motion)
        {
            yield return (zh ? "动效：" : "motion: ") + ContentWords.MotionName(motion, zh);
        }

        if (animate.Strength is { } strength)
        {
            yield return strength switch
            {
                < 0.8 => zh ? "幅度轻柔" : "subtle",
                > 1.2 => zh ? "幅度强烈" : "strong",
                _ => zh ? "幅度适中" : "normal strength",
            };
        }

        if (animate.Speed is { } speed)
        {
            yield return speed switch
            {
                < 0.85 => zh ? "慢速" : "slow",
                > 1.15 => zh ? "快速" : "fast",
                _ => zh ? "正常速度" : "normal speed",
            };
        }

        if (animate.Loop is { } loop)
        {
            yield return loop ? (zh ? "无缝循环" : "seamless loop") : (zh ? "不循环" : "no loop");
        }

        if (animate.PixelArt is { } pixelArt)
        {
            yield return PixelArtWords(pixelArt, zh);
        }
    }

    /// <summary>What pixel art asked for or against means to the user.</summary>
    public static string PixelArtWords(bool pixelArt, bool zh) => pixelArt
        ? (zh ? "保持像素清晰（像素风）" : "kept the pixels crisp (pixel art)")
        : (zh ? "平滑缩放（不按像素风处理）" : "smooth scaling (not pixel art)");

    private static IEnumerable<string> LookParts(SetLook look, bool zh)
    {
        if (look.Grade is { } grade)
        {
            yield return ContentWords.Grade(grade, zh);
        }

        if (look.Vignette is { } vignette)
        {
            yield return vignette > 0 ? (zh ? "暗角" : "vignette") : (zh ? "去掉暗角" : "no vignette");
        }

        if (look.Grain is { } grain)
        {
            yield return grain > 0 ? (zh ? "胶片颗粒" : "film grain") : (zh ? "去掉颗粒" : "no grain");
        }

        if (look.Sweep is { } sweep)
        {
            yield return sweep ? (zh ? "扫光" : "light sweep") : (zh ? "去掉扫光" : "no light sweep");
        }

        if (look.Glow is { } glow)
        {
            yield return glow ? (zh ? "柔光" : "glow") : (zh ? "去掉柔光" : "no glow");
        }
    }

    private static string Times(double? start, double? end, bool zh) => (start, end) switch
    {
        (null, null) => string.Empty,
        ({ } s, null) => zh ? $"（从 {ContentWords.Seconds(s)} 秒起）" : $" (from {ContentWords.Seconds(s)} s)",
        (var s, { } e) => zh
            ? $"（{ContentWords.Seconds(s ?? 0)}–{ContentWords.Seconds(e)} 秒）"
            : $" ({ContentWords.Seconds(s ?? 0)}–{ContentWords.Seconds(e)} s)",
    };

    private static string Place(string? placement, bool zh) =>
        placement is null ? string.Empty : (zh ? "，" : ", ") + ContentWords.Placement(placement, zh);

    private static string MusicName(string source, bool zh) => DraftConventions.BedName(source) is null
        ? (zh ? "你上传的歌曲" : "your song")
        : zh ? ContentWords.Music(source, source, zh) : DraftConventions.BedName(source)!;
}
