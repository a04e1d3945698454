using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Tests.Drafts;

// A draft read from the cloud is posted back to render, so whatever we do not understand must
// come back exactly as it arrived.
public sealed class DraftRoundTripTests
{
    // Compact inputs, written the way ToJson writes, so the text itself must come back unchanged.
    public static TheoryData<string> CompactDrafts =>
    [
        """{"t":[],"d":0}""",
        """{"ver":3,"t":[{"tt":0,"id":"trk_1","sg":[{"s":0,"d":10000,"n":"city timelapse","src":"media://v1","fx":{"motion":"push-in","curve":{"p":[0.25,0.1,0.25,1.0]},"strength":1.0}}],"locked":false}],"d":10000,"m":{"title":"Urban Dreams","width":1920,"height":1080,"fps":29.97,"extra":{"deep":{"deeper":[1,{"x":null}]}}}}""",
        """{"t":[{"tt":1,"sg":[{"s":0,"d":1e3,"v":35.0,"n":"Lo-fi","fade":{"in":500,"out":5E+2}}]}],"d":1000.0,"id":9007199254740993,"big":123456789012345678901234567890,"neg":-0.0}""",
        """{"m":{"title":"城市之梦 \uD83C\uDF03","lang":"zh-CN"},"t":[{"tt":7,"sg":[{"x":"你好，世界 \uD83D\uDE00","style":"title","s":0,"d":3000}],"n":"标题"}]}""",
        """{"t":[{"tt":42,"sg":[1,"two",null,{"s":0}],"custom":[true,false,null]},"odd entry",null],"d":"not a number","m":[]}""",
        """{"t":null,"z":{"a":1},"a":{"z":1}}""",
        """{}""",
    ];

    [Theory]
    [MemberData(nameof(CompactDrafts))]
    public void ToJson_CompactDraft_ReturnsTheSameText(string json)
    {
        var output = Draft.Parse(json).ToJson();

        Assert.Equal(json, output);
    }

    [Fact]
    public void ToJson_IndentedDraftWithLiteralEmoji_IsJsonEqualWithKeysInOrder()
    {
        const string json = """
            {
              "zeta": 1,
              "t": [
                { "sg": [ { "x": "Party 🎉 time", "s": 0, "d": 2000, "q": { "b": 2, "a": 1 } } ], "tt": 7 }
              ],
              "alpha": "Ünïcödé",
              "m": { "height": 1920, "title": "派对", "width": 1080 }
            }
            """;

        var output = JsonNode.Parse(Draft.Parse(json).ToJson())!;
        var input = JsonNode.Parse(json)!;

        Assert.True(JsonNode.DeepEquals(input, output));
        Assert.Equal(["zeta", "t", "alpha", "m"], output.AsObject().Select(p => p.Key));
        Assert.Equal(["sg", "tt"], output["t"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["x", "s", "d", "q"], output["t"]![0]!["sg"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["b", "a"], output["t"]![0]!["sg"]![0]!["q"]!.AsObject().Select(p => p.Key));
        Assert.Equal("Party 🎉 time", output["t"]![0]!["sg"]![0]!["x"]!.GetValue<string>());
    }

    [Fact]
    public void ToJsonNode_CompactDraft_ReturnsTheSameText()
    {
        const string json = """{"t":[{"tt":0,"sg":[{"s":1.0,"d":1e3}]}],"id":9007199254740993}""";

        var node = Draft.Parse(json).ToJsonNode();

        Assert.Equal(json, node.ToJsonString());
    }

    [Fact]
    public void ToJson_AfterSegmentEdit_KeepsUntouchedUnknownFields()
    {
        const string json = """{"ver":3,"t":[{"tt":7,"id":"trk","sg":[{"s":0,"d":3000,"x":"Old","glow":{"r":1.0}},{"s":3000,"d":1000,"x":"Keep","k":9007199254740993}],"lock":true}],"d":4000,"m":{"title":"T","theme":{"c":"#fff"}},"tail":[1.50]}""";
        var tree = new DraftTree(Draft.Parse(json));

        DraftValues.SetText(DraftTree.Segments(tree.FirstTrack(TrackKind.Text)!)[0], DraftKeys.Text, "New");
        var edited = tree.ToDraft();

        Assert.Equal(json.Replace("\"x\":\"Old\"", "\"x\":\"New\"", StringComparison.Ordinal), edited.ToJson());
    }

    [Fact]
    public void ToJson_AfterTrackAndMetadataEdits_KeepsUntouchedUnknownFields()
    {
        const string json = """{"ver":3,"t":[{"tt":0,"sg":[{"s":0,"d":1000,"n":"a","fx":{"motion":{"kind":"orbit","speed":1.0}}}],"meta":{"x":1}}],"d":1000,"m":{"title":"T","fps":30.0,"theme":{"c":"#fff"}},"tail":[1.50]}""";

        var tree = new DraftTree(Draft.Parse(json));

        var music = new JsonObject { [DraftKeys.Start] = 0, [DraftKeys.Duration] = 1000, [DraftKeys.Name] = "Lo-fi", [DraftKeys.Volume] = 35 };
        DraftTree.SegmentArray(tree.EnsureTrack(TrackKind.Audio)).Add(music);
        DraftValues.SetText(tree.Metadata, DraftKeys.Title, "Renamed");
        DraftValues.SetNumber(tree.Root, DraftKeys.Duration, 2000);
        var edited = tree.ToDraft();

        Assert.Equal(
            """{"ver":3,"t":[{"tt":0,"sg":[{"s":0,"d":1000,"n":"a","fx":{"motion":{"kind":"orbit","speed":1.0}}}],"meta":{"x":1}},{"tt":1,"sg":[{"s":0,"d":1000,"n":"Lo-fi","v":35}]}],"d":2000,"m":{"title":"Renamed","fps":30.0,"theme":{"c":"#fff"}},"tail":[1.50]}""",
            edited.ToJson());
    }
}
