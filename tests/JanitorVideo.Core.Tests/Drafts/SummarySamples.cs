namespace JanitorVideo.Core.Tests.Drafts;

/// <summary>Drafts whose summaries are pinned in <c>Golden/summary-*.txt</c>.</summary>
internal static class SummarySamples
{
    public const string Reference = """
        {"t":[
          {"tt":0,"sg":[{"s":0,"d":10000,"n":"city timelapse","src":"media://v1"}]},
          {"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","v":35}]},
          {"tt":7,"sg":[{"s":0,"d":3000,"x":"Urban Dreams","style":"title"}]}
        ],"d":10000,"m":{"title":"Urban Dreams","width":1920,"height":1080}}
        """;

    public static readonly Dictionary<string, string> All = new()
    {
        ["reference"] = Reference,
        ["empty"] = """{"t":[]}""",
        ["no-tracks-key"] = """{"d":0,"m":{"title":"New project"}}""",
        ["empty-tracks"] = """{"t":[{"tt":0,"sg":[]},{"tt":1,"sg":[]}]}""",
        ["single-video"] = """{"t":[{"tt":0,"sg":[{"s":0,"d":5000,"n":"beach at dawn"}]}]}""",
        ["several-segments"] = """
            {"t":[
              {"tt":0,"sg":[{"s":0,"d":2500,"n":"intro"},{"s":2500,"d":1500},{"s":4000,"d":500,"n":"flash"}]},
              {"tt":1,"sg":[{"s":0,"d":4500,"v":80},{"s":0,"d":4500,"n":"whoosh","v":12.5}]},
              {"tt":7,"sg":[{"s":0,"d":1250,"x":"Hello","style":"subtitle"},{"s":1250,"d":1250,"x":"World","style":"subtitle"}]}
            ]}
            """,
        ["chinese"] = """
            {"t":[
              {"tt":0,"sg":[{"s":0,"d":8000,"n":"城市夜景"}]},
              {"tt":1,"sg":[{"s":0,"d":8000,"n":"轻音乐","v":40}]},
              {"tt":7,"sg":[{"s":0,"d":3000,"x":"城市之梦 🌃","style":"title"},{"s":5000,"d":3000,"x":"谢谢观看","style":"caption"}]}
            ],"m":{"title":"城市之梦"}}
            """,
        ["long-text"] = """
            {"t":[
              {"tt":7,"sg":[{"s":0,"d":4000,"x":"A very long title that goes on and on,\nwell past the point where anyone would read it in a one-line summary"}]},
              {"tt":0,"sg":[{"s":0,"d":4000,"n":"a clip name that is also far too long to show in full in a timeline summary line"}]}
            ]}
            """,
        ["unknown-track-types"] = """
            {"t":[
              {"tt":5,"sg":[{"s":0,"d":2000,"n":"sticker"}]},
              {"tt":9,"sg":[{"s":1000,"d":1000,"x":"pop"}]},
              {"sg":[{"s":0,"d":1000}]},
              {"tt":0,"sg":[{"s":0,"d":2000}]}
            ]}
            """,
        ["many-segments"] = """
            {"t":[{"tt":0,"sg":[
              {"s":0,"d":1000,"n":"shot 1"},{"s":1000,"d":1000,"n":"shot 2"},{"s":2000,"d":1000,"n":"shot 3"},
              {"s":3000,"d":1000,"n":"shot 4"},{"s":4000,"d":1000,"n":"shot 5"},{"s":5000,"d":1000,"n":"shot 6"},
              {"s":6000,"d":1000,"n":"shot 7"},{"s":7000,"d":1000,"n":"shot 8"},{"s":8000,"d":1000,"n":"shot 9"},
              {"s":9000,"d":1000,"n":"shot 10"},{"s":10000,"d":1000,"n":"shot 11"},{"s":11000,"d":1000,"n":"shot 12"},
              {"s":12000,"d":1000,"n":"shot 13"},{"s":13000,"d":1000,"n":"shot 14"},{"s":14000,"d":1000,"n":"shot 15"}
            ]}]}
            """,
        ["odd-data"] = """
            {"t":[
              "not a track",
              {"tt":"0","sg":[{"s":"0","d":1000,"n":"string type"}]},
              {"tt":0,"sg":[42,{"s":1500.4,"d":999.6,"n":7},{"n":"no times"},{"s":3000,"n":"no duration"}]},
              {"tt":1,"sg":[{"s":0,"d":1e3,"v":"loud"}]},
              {"tt":7,"sg":[{"s":0,"d":1000}]},
              {"tt":0,"sg":"not a list"}
            ]}
            """,
        ["one-empty-track-among-full"] = """
            {"t":[{"tt":0,"sg":[{"s":0,"d":6000,"n":"portrait"}]},{"tt":1,"sg":[]}]}
            """,
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
