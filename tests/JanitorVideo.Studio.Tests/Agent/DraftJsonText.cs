using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Tests.Agent;

/// <summary>Drafts as indented JSON for golden files, Chinese kept readable.</summary>
internal static class DraftJsonText
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Pretty(Draft draft) => JsonNode.Parse(draft.ToJson())!.ToJsonString(Indented);
}
