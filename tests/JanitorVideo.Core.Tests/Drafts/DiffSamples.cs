namespace JanitorVideo.Core.Tests.Drafts;

/// <summary>Before/after drafts whose change reports are pinned in <c>Golden/diff-*.txt</c>.</summary>
internal static class DiffSamples
{
    // The reference timeline, the "before" of most pairs.
    private const string Base = """
        {"t":[
          {"tt":0,"sg":[{"s":0,"d":10000,"n":"city timelapse","src":"media://v1","fx":{"motion":"push-in"}}]},
          {"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","v":35}]},
          {"tt":7,"sg":[{"s":0,"d":3000,"x":"Urban Dreams","style":"title"}]}
        ],"d":10000,"m":{"title":"Urban Dreams","width":1920,"height":1080,"fps":30,"aspect":"16:9"}}
        """;

    public static readonly Dictionary<string, (string Before, string After)> All = new()
    {
        ["title-added"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"beach"}]},{"tt":7,"sg":[]}],"d":10000}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"beach"}]},{"tt":7,"sg":[{"s":0,"d":3000,"x":"Paradise Found"}]}],"d":10000}"""),
        ["title-text-changed"] = (
            """{"t":[{"tt":7,"sg":[{"s":0,"d":3000,"x":"A"}]}]}""",
            """{"t":[{"tt":7,"sg":[{"s":0,"d":3000,"x":"B"}]}]}"""),
        ["title-moved"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]},{"tt":7,"sg":[{"s":0,"d":3000,"x":"Hi"}]}],"d":10000}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]},{"tt":7,"sg":[{"s":2000,"d":3000,"x":"Hi"}]}],"d":10000}"""),
        ["music-volume-changed"] = (
            Base,
            Base.Replace("\"v\":35", "\"v\":60", StringComparison.Ordinal)),
        ["music-volume-set"] = (
            """{"t":[{"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi"}]}]}""",
            """{"t":[{"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","v":20}]}]}"""),
        ["video-trimmed"] = (
            Base,
            Base.Replace("\"d\":10000,\"n\":\"city", "\"d\":8000,\"n\":\"city", StringComparison.Ordinal)
                .Replace("],\"d\":10000,", "],\"d\":8000,", StringComparison.Ordinal)),
        ["video-extended"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":5000,"n":"walk"}]}]}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":7500,"n":"walk"}]}]}"""),
        ["video-cut-at-both-ends"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"walk"}]}],"d":10000}""",
            """{"t":[{"tt":0,"sg":[{"s":2000,"d":6000,"n":"walk"}]}],"d":10000}"""),
        ["title-duration-dropped"] = (
            """{"t":[{"tt":7,"sg":[{"s":0,"d":3000,"x":"Hi"}]}]}""",
            """{"t":[{"tt":7,"sg":[{"s":1000,"x":"Hi"}]}]}"""),
        ["unknown-track-removed"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]},{"tt":5,"sg":[{"s":0,"d":1000,"n":"sticker"}]}]}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}]}"""),
        ["music-removed"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]},{"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","v":35}]}]}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]},{"tt":1,"sg":[]}]}"""),
        ["track-added"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"city timelapse"}]}]}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"city timelapse"}]},{"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","v":35}]}]}"""),
        ["title-track-added"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"beach"}]}]}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000,"n":"beach"}]},{"tt":7,"sg":[{"s":0,"d":3000,"x":"Paradise Found","style":"title"}]}]}"""),
        ["video-track-removed"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]},{"tt":0,"sg":[{"s":0,"d":2000,"n":"overlay"}]}],"d":10000}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]}],"d":10000}"""),
        ["middle-track-removed"] = (
            Base,
            """
            {"t":[
              {"tt":0,"sg":[{"s":0,"d":10000,"n":"city timelapse","src":"media://v1","fx":{"motion":"push-in"}}]},
              {"tt":7,"sg":[{"s":0,"d":3000,"x":"Urban Dreams","style":"title"}]}
            ],"d":10000,"m":{"title":"Urban Dreams","width":1920,"height":1080,"fps":30,"aspect":"16:9"}}
            """),
        ["duration-changed"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]}],"d":10000}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":10000}]}],"d":15000}"""),
        ["canvas-changed"] = (
            Base,
            Base.Replace("\"width\":1920,\"height\":1080", "\"width\":1080,\"height\":1920", StringComparison.Ordinal)
                .Replace("16:9", "9:16", StringComparison.Ordinal)),
        ["aspect-changed"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}],"m":{"aspect":"16:9"}}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}],"m":{"aspect":"1:1"}}"""),
        ["frame-rate-changed"] = (
            Base,
            Base.Replace("\"fps\":30", "\"fps\":59.94", StringComparison.Ordinal)),
        ["metadata-title-changed"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}],"m":{"title":"Old"}}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}],"m":{"title":"New"}}"""),
        ["metadata-title-set"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}]}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}],"m":{"title":"城市之梦"}}"""),
        ["clip-replaced"] = (
            Base,
            Base.Replace("\"n\":\"city timelapse\",\"src\":\"media://v1\"", "\"n\":\"beach sunset\",\"src\":\"media://v2\"", StringComparison.Ordinal)),
        ["clip-source-replaced"] = (
            Base,
            Base.Replace("media://v1", "media://v9", StringComparison.Ordinal)),
        ["style-changed"] = (
            Base,
            Base.Replace("\"style\":\"title\"", "\"style\":\"subtitle\"", StringComparison.Ordinal)),
        ["effects-changed"] = (
            Base,
            Base.Replace("push-in", "ken-burns", StringComparison.Ordinal)),
        ["only-unknown-fields"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000,"k":1}]}],"rev":1}""",
            """{"t":[{"tt":0,"sg":[{"s":0,"d":1000,"k":2}]}],"rev":2}"""),
        ["no-change"] = (
            Base,
            Base.Replace("\"fps\":30", "\"fps\":30.0", StringComparison.Ordinal)),
        ["from-empty"] = (
            """{"t":[]}""",
            Base),
        ["to-empty"] = (
            Base,
            """{"t":[]}"""),
        ["post-production"] = (
            """{"t":[{"tt":0,"sg":[{"s":0,"d":5000,"n":"character","src":"media://raw"}]}],"d":5000}""",
            """
            {"t":[
              {"tt":0,"sg":[{"s":0,"d":5000,"n":"character","src":"media://raw","fx":{"motion":"idle-breath"}},{"s":5000,"d":3000,"n":"outro"}]},
              {"tt":1,"sg":[{"s":0,"d":8000,"n":"Dreamy pads","v":30}]},
              {"tt":7,"sg":[{"s":500,"d":2500,"x":"Meet Aria","style":"title"},{"s":5000,"d":3000,"x":"Made with JanitorVideo","style":"caption"}]}
            ],"d":8000,"m":{"width":1080,"height":1920,"fps":24}}
            """),
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
