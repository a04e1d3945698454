namespace JanitorVideo.Render.Audio;

/// <summary>
/// The words (English and Chinese) that name each bed. Latin words match whole words, so "chill"
/// finds "some chill music" but not "chilly"; Chinese words match anywhere in the text.
/// </summary>
internal static class MusicBedWords
{
    public static IReadOnlyList<(MusicBed Bed, string Word)> Table { get; } =
    [
        (MusicBed.LoFi, "lofi"),
        (MusicBed.LoFi, "lo fi"),
        (MusicBed.LoFi, "chill"),
        (MusicBed.LoFi, "chillhop"),
        (MusicBed.LoFi, "chilled"),
        (MusicBed.LoFi, "relaxed"),
        (MusicBed.LoFi, "relaxing"),
        (MusicBed.LoFi, "mellow"),
        (MusicBed.LoFi, "jazzy"),
        (MusicBed.LoFi, "轻音乐"),
        (MusicBed.LoFi, "低保真"),
        (MusicBed.LoFi, "放松"),
        (MusicBed.LoFi, "慵懒"),
        (MusicBed.Ambient, "ambient"),
        (MusicBed.Ambient, "atmospheric"),
        (MusicBed.Ambient, "atmosphere"),
        (MusicBed.Ambient, "calm"),
        (MusicBed.Ambient, "dreamy"),
        (MusicBed.Ambient, "peaceful"),
        (MusicBed.Ambient, "serene"),
        (MusicBed.Ambient, "pads"),
        (MusicBed.Ambient, "氛围"),
        (MusicBed.Ambient, "环境音乐"),
        (MusicBed.Ambient, "空灵"),
        (MusicBed.Ambient, "梦幻"),
        (MusicBed.Ambient, "宁静"),
        (MusicBed.Epic, "epic"),
        (MusicBed.Epic, "cinematic"),
        (MusicBed.Epic, "dramatic"),
        (MusicBed.Epic, "heroic"),
        (MusicBed.Epic, "orchestral"),
        (MusicBed.Epic, "trailer"),
        (MusicBed.Epic, "powerful"),
        (MusicBed.Epic, "史诗"),
        (MusicBed.Epic, "电影感"),
        (MusicBed.Epic, "震撼"),
        (MusicBed.Epic, "大气"),
        (MusicBed.Epic, "激昂"),
        (MusicBed.Cute, "cute"),
        (MusicBed.Cute, "kawaii"),
        (MusicBed.Cute, "playful"),
        (MusicBed.Cute, "cheerful"),
        (MusicBed.Cute, "happy"),
        (MusicBed.Cute, "bouncy"),
        (MusicBed.Cute, "whimsical"),
        (MusicBed.Cute, "可爱"),
        (MusicBed.Cute, "萌系"),
        (MusicBed.Cute, "欢快"),
        (MusicBed.Cute, "俏皮"),
        (MusicBed.Cute, "卡哇伊"),
    ];
}
