using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Tests.Agent;

/// <summary>
/// What the agent must do with what users say, in English and Chinese. Contexts: Fresh (one image
/// uploaded, nothing placed), Placed (that image on the timeline), Batch (three images), Added
/// (one placed, one new), Scored (lo-fi at 35% and the title "The Druid"), WithSong (an uploaded
/// song), Empty (nothing uploaded).
/// </summary>
internal static class InstructionTable
{
    private const string Fresh = nameof(AgentContexts.Fresh);
    private const string Placed = nameof(AgentContexts.Placed);
    private const string Batch = nameof(AgentContexts.Batch);
    private const string Added = nameof(AgentContexts.Added);
    private const string Scored = nameof(AgentContexts.Scored);
    private const string WithSong = nameof(AgentContexts.WithSong);
    private const string Empty = nameof(AgentContexts.Empty);

    private static readonly Animate PlaceNew = new(null, null, null, null, null);

    public static IReadOnlyList<InstructionCase> Cases { get; } =
    [
        // Animating: "auto" unless a motion is named; new images are placed by the step.
        Do(Fresh, "animate this character image into a short video clip with motion", Move("auto")),
        Do(Fresh, "convert a single character illustration or scene image into a 1080p MP4", Move("auto"), new SetResolution(1080, null)),
        Do(Fresh, "converting AI-generated character images into short animated videos for AI art creators", Move("auto")),
        Do(Fresh, "bring her to life", Move("auto")),
        Do(Fresh, "make it move", Move("auto")),
        Do(Fresh, "让这张图动起来", Move("auto")),
        Do(Fresh, "把角色图片做成视频", Move("auto")),

        // Motions, strength, speed, loop.
        Do(Placed, "zoom in", Move("push-in")),
        Do(Placed, "slow push in", Move("push-in", speed: 0.7)),
        Do(Placed, "pull back to reveal the scene", Move("pull-out")),
        Do(Placed, "make it zoom out slowly", Move("pull-out", speed: 0.7)),
        Do(Placed, "pan left", Move("pan-left")),
        Do(Placed, "pan to the right", Move("pan-right")),
        Do(Placed, "tilt up", Move("pan-up")),
        Do(Placed, "pan down slowly", Move("pan-down", speed: 0.7)),
        Do(Placed, "add a 3D parallax effect", Move("parallax-dolly")),
        Do(Placed, "2.5D depth", Move("parallax-dolly")),
        Do(Placed, "orbit around the character", Move("parallax-orbit")),
        Do(Placed, "make her breathe", Move("idle")),
        Do(Placed, "make it feel alive, hair swaying in the wind", Move("idle")),
        Do(Placed, "handheld camera feel", Move("handheld")),
        Do(Placed, "cinematic", Move("parallax-dolly"), Look("teal-orange")),
        Do(Placed, "make it loop seamlessly", Move(loop: true)),
        Do(Placed, "don't loop", Move(loop: false)),
        Do(Placed, "subtle motion", Move(strength: 0.6)),
        Do(Placed, "gentle zoom", Move("push-in", strength: 0.6)),
        Do(Placed, "dramatic push in", Move("push-in", strength: 1.5)),
        Do(Placed, "faster", Move(speed: 1.4)),
        Do(Placed, "a bit slower and more subtle", Move(strength: 0.6, speed: 0.7)),
        Do(Placed, "镜头推近", Move("push-in")),
        Do(Placed, "慢慢拉远", Move("pull-out", speed: 0.7)),
        Do(Placed, "镜头向左平移", Move("pan-left")),
        Do(Placed, "向右平移", Move("pan-right")),
        Do(Placed, "镜头向上摇", Move("pan-up")),
        Do(Placed, "镜头向下摇", Move("pan-down")),
        Do(Placed, "3D视差效果", Move("parallax-dolly")),
        Do(Placed, "环绕镜头", Move("parallax-orbit")),
        Do(Placed, "让人物轻轻呼吸", Move("idle", strength: 0.6)),
        Do(Placed, "手持镜头感", Move("handheld")),
        Do(Placed, "电影感", Move("parallax-dolly"), Look("teal-orange")),
        Do(Placed, "无缝循环", Move(loop: true)),
        Do(Placed, "不要循环", Move(loop: false)),
        Do(Placed, "动作幅度大一点，快一点", Move(strength: 1.5, speed: 1.4)),
        Do(Placed, "慢一点", Move(speed: 0.7)),

        // Pixel art: asked for, asked against, or (unsaid) left to the renderer.
        Do(Placed, "it's pixel art, keep the pixels crisp", Move(pixelArt: true)),
        Do(Placed, "8-bit style with a slow zoom", Move("push-in", speed: 0.7, pixelArt: true)),
        Do(Fresh, "animate my 16-bit sprite", Move("auto", pixelArt: true)),
        Do(Placed, "make it smooth, no pixel art", Move(pixelArt: false)),
        Do(Placed, "a smooth zoom in", Move("push-in")),
        Do(Placed, "add 8-bit music", new SetMusic("bed:lo-fi", null)),
        Do(Placed, "像素风", Move(pixelArt: true)),
        Do(Placed, "做成8-bit风格，保持像素清晰", Move(pixelArt: true)),
        Do(Placed, "不要像素风", Move(pixelArt: false)),

        // Particles.
        Do(Placed, "add snow", Particles("snow")),
        Do(Placed, "falling sakura petals", Particles("petals")),
        Do(Placed, "make it magical with sparkles", Particles("sparkles")),
        Do(Placed, "glowing fireflies at night", Particles("fireflies")),
        Do(Placed, "make it rainy", Particles("rain")),
        Do(Placed, "embers rising from a fire", Particles("embers")),
        Do(Placed, "floating dust motes", Particles("dust")),
        Do(Scored, "no more petals", new RemoveParticles(null, "petals")),
        Do(Scored, "remove all particles", new RemoveParticles(null, null)),
        Do(Placed, "加点闪光", Particles("sparkles")),
        Do(Placed, "加萤火虫", Particles("fireflies")),
        Do(Placed, "加火星和灰尘", Particles("embers"), Particles("dust")),
        Do(Scored, "去掉花瓣", new RemoveParticles(null, "petals")),

        // Looks.
        Do(Placed, "warm colors", Look("warm")),
        Do(Placed, "cool blue tones", Look("cool")),
        Do(Placed, "teal and orange grade", Look("teal-orange")),
        Do(Placed, "vintage look", Look("vintage")),
        Do(Placed, "dreamy", Look("dreamy")),
        Do(Placed, "black and white with film grain and a strong vignette", Look("noir", vignette: 0.8, grain: 0.5)),
        Do(Placed, "vivid colours", Look("vivid")),
        Do(Placed, "add a light sweep", Look(sweep: true)),
        Do(Placed, "soft glow", Look(glow: true)),
        Do(Placed, "natural colors, no vignette", Look("none", vignette: 0)),
        Do(Scored, "remove the glow", Look(glow: false)),
        Do(Placed, "暖色调", Look("warm")),
        Do(Placed, "冷色调", Look("cool")),
        Do(Placed, "青橙色调", Look("teal-orange")),
        Do(Placed, "梦幻一点", Look("dreamy")),
        Do(Placed, "鲜艳一点", Look("vivid")),
        Do(Placed, "原色", Look("none")),
        Do(Placed, "加暗角和胶片颗粒", Look(vignette: 0.5, grain: 0.5)),
        Do(Placed, "加扫光", Look(sweep: true)),
        Do(Placed, "加发光效果", Look(glow: true)),
        Do(Scored, "去掉暗角", Look(vignette: 0)),

        // Length: the whole clip unless an image is named; clamped to 1–60 s with a note.
        Do(Placed, "a 10-second clip", new SetDuration(null, 10)),
        Do(Placed, "make it 8s", new SetDuration(null, 8)),
        Do(Placed, "make it 90 seconds", new SetDuration(null, 60, "90 s is longer than the 60 s maximum; using 60 s.")),
        Do(Placed, "0.5s", new SetDuration(null, 1, "0.5 s is shorter than the 1 s minimum; using 1 s.")),
        Do(Placed, "one minute long", new SetDuration(null, 60)),
        Do(Placed, "make it 3 minutes", new SetDuration(null, 60, "180 s is longer than the 60 s maximum; using 60 s.")),
        Do(Batch, "each image 3 seconds", new SetDuration(0, 3), new SetDuration(1, 3), new SetDuration(2, 3)),
        Do(Batch, "make the second image 8 seconds", new SetDuration(1, 8)),
        Do(Batch, "make the whole thing 12 seconds", new SetDuration(null, 12)),
        Do(Placed, "15秒", new SetDuration(null, 15)),
        Do(Placed, "做一个十秒的视频", new SetDuration(null, 10)),
        Do(Placed, "时长改成两分钟", new SetDuration(null, 60, "视频最长 60 秒，120 秒太长了，改为 60 秒。")),
        Do(Batch, "每张3秒", new SetDuration(0, 3), new SetDuration(1, 3), new SetDuration(2, 3)),

        // Format: platforms and shapes.
        Do(Placed, "for TikTok", new SetAspect("9:16")),
        Do(Placed, "make it for Instagram Reels", new SetAspect("9:16")),
        Do(Placed, "YouTube version", new SetAspect("16:9")),
        Do(Placed, "YouTube Shorts", new SetAspect("9:16")),
        Do(Placed, "Instagram post", new SetAspect("1:1")),
        Do(Placed, "make it square", new SetAspect("1:1")),
        Do(Placed, "horizontal please", new SetAspect("16:9")),
        Do(Placed, "vertical", new SetAspect("9:16")),
        Do(Placed, "做成抖音竖屏", new SetAspect("9:16")),
        Do(Placed, "改成横屏", new SetAspect("16:9")),
        Do(Placed, "正方形", new SetAspect("1:1")),

        // Resolution: 1080 is the largest, and the plan says so.
        Do(Placed, "1080p", new SetResolution(1080, null)),
        Do(Placed, "render it in 720p", new SetResolution(720, null)),
        Do(Placed, "make it 4K", new SetResolution(1080, "4K isn't available here; using 1080p, the largest.")),
        Do(Placed, "2160p please", new SetResolution(1080, "2160p isn't available here; using 1080p, the largest.")),
        Do(Placed, "要4K画质", new SetResolution(1080, "这里不支持 4K，改用最高的 1080p。")),
        Do(Placed, "720p就行", new SetResolution(720, null)),

        // Titles and captions, with times and places.
        Do(Placed, "add the title 'The Druid' for the first 3 seconds", new AddText("The Druid", "title", 0, 3, null)),
        Do(Placed, "add a caption 'hello' from 2s to 4s", new AddText("hello", "caption", 2, 4, null)),
        Do(Placed, "title: Night Walk", new AddText("Night Walk", "title", null, null, null)),
        Do(Placed, "put \"Moonlight\" as the title at the top", new AddText("Moonlight", "title", null, null, "top")),
        Do(Placed, "add the subtitle \"once upon a time\" at the bottom for the whole clip", new AddText("once upon a time", "subtitle", 0, 60, "bottom")),
        Do(Placed, "add a caption 'look up' starting at 2 seconds", new AddText("look up", "caption", 2, null, null)),
        Do(Placed, "add the title \"Hero\" for 4 seconds", new AddText("Hero", "title", 0, 4, null)),
        Do(Scored, "remove the title", new RemoveText("title")),
        Do(Scored, "change the title to 'Forest Spirit'", new ChangeText("title", "Forest Spirit", null, null, null)),
        Do(Scored, "move the title to the bottom", new ChangeText("title", null, null, null, "bottom")),
        Do(Scored, "remove all text", new RemoveText(null)),
        Do(Scored, "show the title for 5 seconds at the bottom", new ChangeText("title", null, 0, 5, "bottom")),
        Do(Placed, "add a caption saying hello world", new AddText("hello world", "caption", null, null, null)),
        Do(Placed, "add text 'hi' in the middle", new AddText("hi", "caption", null, null, "center")),
        Do(Placed, "add a caption \"Chapter one\" between 1 and 3 seconds", new AddText("Chapter one", "caption", 1, 3, null)),
        Do(Scored, "the title should say \"Spirit of the Forest\"", new ChangeText("title", "Spirit of the Forest", null, null, null)),
        Do(Scored, "字幕改为你好", new ChangeText("subtitle", "你好", null, null, null)),
        Do(Scored, "标题显示5秒", new ChangeText("title", null, 0, 5, null)),
        Do(Placed, "加一个持续全程的字幕「夜」", new AddText("夜", "subtitle", 0, 60, null)),
        Do(Placed, "加字幕：你好世界", new AddText("你好世界", "subtitle", null, null, null)),
        Do(Placed, "加一个标题「德鲁伊」", new AddText("德鲁伊", "title", null, null, null)),
        Do(Placed, "加标题「月光」，前3秒显示", new AddText("月光", "title", 0, 3, null)),
        Do(Placed, "字幕「晚安」从2秒到4秒", new AddText("晚安", "subtitle", 2, 4, null)),
        Do(Scored, "标题放在顶部", new ChangeText("title", null, null, null, "top")),
        Do(Scored, "去掉标题", new RemoveText("title")),
        Do(Scored, "把标题改成「森林之灵」", new ChangeText("title", "森林之灵", null, null, null)),

        // Music and volume.
        Do(Placed, "add lo-fi BGM at 35%", new SetMusic("bed:lo-fi", 35)),
        Do(Placed, "add epic music", new SetMusic("bed:epic", null)),
        Do(Placed, "some calm ambient music", new SetMusic("bed:ambient", null)),
        Do(Placed, "cute music", new SetMusic("bed:cute", null)),
        Do(WithSong, "use my song", new SetMusic("m_song", null)),
        Do(WithSong, "add background music", new SetMusic("m_song", null)),
        Do(Placed, "add some music", new SetMusic("bed:lo-fi", null)),
        Do(Scored, "switch to epic music at 50%", new SetMusic("bed:epic", 50)),
        Do(Scored, "volume 60%", new SetVolume(60)),
        Do(Scored, "quieter", new SetVolume(20)),
        Do(Scored, "make the music louder", new SetVolume(50)),
        Do(Scored, "mute", new SetVolume(0)),
        Do(Scored, "volume 400%", new SetVolume(100, "Volume goes from 0 to 100%; using 100% instead of 400%.")),
        Do(Placed, "give it some epic background music", new SetMusic("bed:epic", null)),
        Do(Scored, "no music", new RemoveMusic()),
        Do(Scored, "turn the volume down to 20%", new SetVolume(20)),
        Do(Scored, "remove the music", new RemoveMusic()),
        Do(Placed, "加背景音乐", new SetMusic("bed:lo-fi", null)),
        Do(Placed, "加一段史诗音乐", new SetMusic("bed:epic", null)),
        Do(Placed, "来点可爱的音乐", new SetMusic("bed:cute", null)),
        Do(Placed, "氛围音乐", new SetMusic("bed:ambient", null)),
        Do(Placed, "加lo-fi音乐，音量30%", new SetMusic("bed:lo-fi", 30)),
        Do(WithSong, "用我的歌", new SetMusic("m_song", null)),
        Do(Scored, "音量调到50%", new SetVolume(50)),
        Do(Scored, "音乐小声一点", new SetVolume(20)),
        Do(Scored, "声音大一点", new SetVolume(50)),
        Do(Scored, "静音", new SetVolume(0)),
        Do(Scored, "去掉背景音乐", new RemoveMusic()),

        // One image of a batch.
        Do(Batch, "make the second image zoom out", Move("pull-out", image: 1)),
        Do(Batch, "the last one should be rainy", Particles("rain", image: 2)),
        Do(Batch, "image 3 should pan left", Move("pan-left", image: 2)),
        Do(Batch, "make the first image zoom in and add snow", Move("push-in", image: 0), Particles("snow", image: 0)),
        Do(Batch, "the first one zooms in, the second one pans left", Move("push-in", image: 0), Move("pan-left", image: 1)),
        Do(Batch, "remove the snow from the second image", new RemoveParticles(1, "snow")),
        Do(Batch, "remove the second image", new RemoveImage(1)),
        Do(Batch, "delete the last image", new RemoveImage(2)),
        Do(Batch, "第一张图加雪花", Particles("snow", image: 0)),
        Do(Batch, "第二张加樱花", Particles("petals", image: 1)),
        Do(Batch, "最后一张下雨", Particles("rain", image: 2)),
        Do(Batch, "删除第二张图", new RemoveImage(1)),
        Do(Batch, "remove the last image's rain", new RemoveParticles(2, "rain")),
        Do(Batch, "make the 2nd image pan up", Move("pan-up", image: 1)),
        Do(Batch, "all images warm", Look("warm")),
        Do(Batch, "去掉最后一张的雨", new RemoveParticles(2, "rain")),
        Do(Batch, "图2加雪", Particles("snow", image: 1)),
        Do(Batch, "第2张图拉远", Move("pull-out", image: 1)),
        Do(Batch, "所有图片都加雪花", Particles("snow")),
        Do(Batch, "删除最后一张", new RemoveImage(2)),
        Do(Added, "zoom out", Move("pull-out")),
        Do(Added, "add snow", PlaceNew, Particles("snow")),
        Do(Added, "make the second image pan right", PlaceNew, Move("pan-right", image: 1)),

        // Versions.
        Do(Scored, "undo", new Undo()),
        Do(Scored, "go back", new Undo()),
        Do(Scored, "redo", new Redo()),
        Do(Scored, "撤销", new Undo()),
        Do(Scored, "重做", new Redo()),

        // Several things at once.
        Do(Fresh, "make it breathe gently with falling petals, 8 seconds, add the title 'The Druid' for the first 3 seconds",
            Move("idle", strength: 0.6), Particles("petals"), new SetDuration(null, 8), new AddText("The Druid", "title", 0, 3, null)),
        Do(Fresh, "a 10-second clip for TikTok with a slow zoom and snow",
            Move("push-in", speed: 0.7), Particles("snow"), new SetDuration(null, 10), new SetAspect("9:16")),
        Do(Placed, "add the title \"Snow Queen\" and make it rainy", Particles("rain"), new AddText("Snow Queen", "title", null, null, null)),
        Do(Placed, "cinematic YouTube version with epic music",
            Move("parallax-dolly"), Look("teal-orange"), new SetAspect("16:9"), new SetMusic("bed:epic", null)),
        Do(Placed, "做成抖音竖屏，慢慢推近，加樱花和萤火虫",
            Move("push-in", speed: 0.7), Particles("petals"), Particles("fireflies"), new SetAspect("9:16")),

        Do(Placed, "remove the snow and add rain", new RemoveParticles(null, "snow"), Particles("rain")),
        Do(Fresh, "I want a 15s vertical video of my druid breathing", Move("idle"), new SetDuration(null, 15), new SetAspect("9:16")),
        Do(Placed, "Make it look dreamy and slow, with a soft vignette and sparkles. 12 seconds, square.",
            Move(speed: 0.7), Particles("sparkles"), Look("dreamy", vignette: 0.3), new SetDuration(null, 12), new SetAspect("1:1")),
        Do(Placed, "make it 10 seconds long and add lo-fi music at 40% volume", new SetDuration(null, 10), new SetMusic("bed:lo-fi", 40)),
        Do(Placed, "加一个标题「德鲁伊」，再加点花瓣", Particles("petals"), new AddText("德鲁伊", "title", null, null, null)),
        Do(Placed, "添加背景音乐，音量40%", new SetMusic("bed:lo-fi", 40)),

        // Questions instead of edits.
        Ask(Empty, "animate this", "upload an image"),
        Ask(Empty, "add snow", "upload an image"),
        Ask(Batch, "make the fifth image zoom in", "There is no image 5: this clip has 3 images"),
        Ask(Placed, "use my song", "Upload one (MP3, WAV, M4A or AAC)"),
        Ask(Placed, "volume 60%", "There's no music in this clip yet"),
        Ask(Placed, "what's the weather", "What would you like?"),
        Ask(Scored, "make the title bigger", "What would you like?"),
        Ask(Placed, "quieter", "There's no music in this clip yet"),
        Ask(Placed, "hello", "I can change how the picture moves"),
        Ask(Empty, "让图片动起来", "请先上传一张图片"),
        Ask(Batch, "第五张图放大", "没有第5张图"),
        Ask(Placed, "今天天气怎么样", "你想怎么改"),
    ];

    private static InstructionCase Do(string context, string instruction, params EditStep[] steps) => new(context, instruction, steps);

    private static InstructionCase Ask(string context, string instruction, string question) => new(context, instruction, [], question);

    private static Animate Move(string? motion = null, int? image = null, double? strength = null, double? speed = null, bool? loop = null, bool? pixelArt = null) =>
        new(image, motion, strength, speed, loop, pixelArt);

    private static AddParticles Particles(string kind, int? image = null) => new(image, kind);

    private static SetLook Look(string? grade = null, double? vignette = null, double? grain = null, bool? sweep = null, bool? glow = null, int? image = null) =>
        new(image, grade, vignette, grain, sweep, glow);
}
