using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Tests.Agent;

/// <summary>The sessions the agent tests start from: uploads and drafts a user would have.</summary>
internal static class AgentContexts
{
    public static MediaItem Druid { get; } = new("m_druid", "image", "druid.png", 1024, 1536, null);

    public static MediaItem Forest { get; } = new("m_forest", "image", "forest.jpg", 1920, 1080, null);

    public static MediaItem Sky { get; } = new("m_sky", "image", "night sky.webp", 1080, 1080, null);

    public static MediaItem Song { get; } = new("m_song", "audio", "rain walk.mp3", null, null, 128.5);

    /// <summary>The druid placed: 5 s, 9:16, motion auto.</summary>
    public static Draft OneImageDraft { get; } = Draft.Parse("""
        {"t":[{"tt":0,"sg":[{"s":0,"d":5000,"n":"druid","src":"m_druid","fx":{"motion":"auto"}}]}],
         "d":5000,"m":{"width":1080,"height":1920,"fps":30,"aspect":"9:16"}}
        """);

    /// <summary>Three images placed, 5 s each.</summary>
    public static Draft BatchDraft { get; } = Draft.Parse("""
        {"t":[{"tt":0,"sg":[
          {"s":0,"d":5000,"n":"druid","src":"m_druid","fx":{"motion":"auto"}},
          {"s":5000,"d":5000,"n":"forest","src":"m_forest","fx":{"motion":"auto"}},
          {"s":10000,"d":5000,"n":"night sky","src":"m_sky","fx":{"motion":"auto"}}]}],
         "d":15000,"m":{"width":1080,"height":1920,"fps":30,"aspect":"9:16"}}
        """);

    /// <summary>The druid with lo-fi music at 35% and the title "The Druid" for 3 s.</summary>
    public static Draft ScoredDraft { get; } = Draft.Parse("""
        {"t":[{"tt":0,"sg":[{"s":0,"d":8000,"n":"druid","src":"m_druid","fx":{"motion":"idle","strength":0.6,"particles":["petals"]}}]},
              {"tt":1,"sg":[{"s":0,"d":8000,"n":"Lo-fi","src":"bed:lo-fi","v":35}]},
              {"tt":7,"sg":[{"s":0,"d":3000,"x":"The Druid","style":"title"}]}],
         "d":8000,"m":{"width":1080,"height":1920,"fps":30,"aspect":"9:16"}}
        """);

    /// <summary>Nothing uploaded, nothing on the timeline.</summary>
    public static EditContext Empty { get; } = new(Draft.Empty, []);

    /// <summary>One image uploaded, not placed yet.</summary>
    public static EditContext Fresh { get; } = new(Draft.Empty, [Druid]);

    /// <summary>One image on the timeline.</summary>
    public static EditContext Placed { get; } = new(OneImageDraft, [Druid]);

    /// <summary>Three images on the timeline.</summary>
    public static EditContext Batch { get; } = new(BatchDraft, [Druid, Forest, Sky]);

    /// <summary>One image placed and a second uploaded after it.</summary>
    public static EditContext Added { get; } = new(OneImageDraft, [Druid, Forest]);

    /// <summary>One image with music and a title.</summary>
    public static EditContext Scored { get; } = new(ScoredDraft, [Druid]);

    /// <summary>One image placed, and the user's song uploaded.</summary>
    public static EditContext WithSong { get; } = new(OneImageDraft, [Druid, Song]);

    public static EditContext Named(string name) => name switch
    {
        nameof(Empty) => Empty,
        nameof(Fresh) => Fresh,
        nameof(Placed) => Placed,
        nameof(Batch) => Batch,
        nameof(Added) => Added,
        nameof(Scored) => Scored,
        nameof(WithSong) => WithSong,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such test context."),
    };
}
