using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Core.Tests.Drafts;

public sealed class DraftParseTests
{
    [Theory]
    [InlineData("", "The draft is empty: expected a JSON object.")]
    [InlineData("   \n", "The draft is empty: expected a JSON object.")]
    [InlineData("[]", "The draft must be a JSON object, but it is an array.")]
    [InlineData("[{\"t\":[]}]", "The draft must be a JSON object, but it is an array.")]
    [InlineData("null", "The draft must be a JSON object, but it is null.")]
    [InlineData("\"draft\"", "The draft must be a JSON object, but it is a string.")]
    [InlineData("{\"t\":\"tracks\"}", "The draft's tracks (\"t\") must be an array, but they are a string.")]
    [InlineData("{\"t\":{}}", "The draft's tracks (\"t\") must be an array, but they are an object.")]
    [InlineData("{\"t\":7}", "The draft's tracks (\"t\") must be an array, but they are a number.")]
    public void TryParse_NotADraft_ReturnsFalseWithPlainError(string json, string expected)
    {
        var ok = Draft.TryParse(json, out var draft, out var error);

        Assert.False(ok);
        Assert.Null(draft);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("{\"t\":[")]
    [InlineData("{t:[]}")]
    [InlineData("{\"t\":[]} trailing")]
    [InlineData("{\"t\":[],}")]
    [InlineData("{\"t\":[],\"t\":[]}")]
    public void TryParse_InvalidJson_ReturnsFalseWithJsonError(string json)
    {
        var ok = Draft.TryParse(json, out var draft, out var error);

        Assert.False(ok);
        Assert.Null(draft);
        Assert.StartsWith("The draft is not valid JSON: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NullText_ReturnsFalse()
    {
        var ok = Draft.TryParse(null!, out _, out var error);

        Assert.False(ok);
        Assert.Equal("The draft is empty: expected a JSON object.", error);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"t\":null}")]
    [InlineData("{\"t\":[]}")]
    public void TryParse_NoTracks_ReturnsEmptyDraft(string json)
    {
        var ok = Draft.TryParse(json, out var draft, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Empty(draft!.Tracks);
    }

    [Fact]
    public void Parse_TracksNotAnArray_ThrowsJsonExceptionWithPlainError()
    {
        var ex = Assert.Throws<JsonException>(() => Draft.Parse("{\"t\":\"x\"}"));

        Assert.Equal("The draft's tracks (\"t\") must be an array, but they are a string.", ex.Message);
    }

    [Fact]
    public void FromNode_TracksNotAnArray_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Draft.FromNode(new JsonObject { ["t"] = 1 }));
    }

    [Fact]
    public void FromNode_SourceChangedLater_DraftUnchanged()
    {
        var source = new JsonObject { ["t"] = new JsonArray(), ["d"] = 1000 };

        var draft = Draft.FromNode(source);
        source["d"] = 5;
        source["t"]!.AsArray().Add(new JsonObject { ["tt"] = 0 });

        Assert.Equal("""{"t":[],"d":1000}""", draft.ToJson());
    }

    [Fact]
    public void ToJsonNode_CopyChanged_DraftUnchanged()
    {
        var draft = Draft.Parse("""{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}]}""");

        var copy = draft.ToJsonNode();
        copy["t"]![0]!["sg"]!.AsArray().Clear();

        Assert.True(draft.IsReadyForExport);
        Assert.Equal("""{"t":[{"tt":0,"sg":[{"s":0,"d":1000}]}]}""", draft.ToJson());
    }

    [Fact]
    public void Empty_ToJson_IsAnEmptyTrackList()
    {
        Assert.Equal("""{"t":[]}""", Draft.Empty.ToJson());
        Assert.False(Draft.Empty.IsReadyForExport);
    }
}
