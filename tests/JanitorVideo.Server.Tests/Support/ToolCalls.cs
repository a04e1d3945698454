using System.Text.Json;
using ModelContextProtocol.Client;
using JanitorVideo.Server.Tools;
using ModelContextProtocol.Protocol;

namespace JanitorVideo.Server.Tests.Support;

internal static class ToolCalls
{
    public static Task<CallToolResult> CallAsync(this McpClient client, string tool, object? arguments = null) =>
        client.CallToolAsync(tool, ToDictionary(arguments)).AsTask();

    public static string Text(this CallToolResult result) =>
        string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    public static string Field(this CallToolResult result, string name) =>
        result.StructuredContent is { } content && content.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";

    /// <summary>A field of a failed call's <c>_meta</c> error object (kind, action).</summary>
    public static string ErrorField(this CallToolResult result, string name) =>
        result.Meta?[ToolFailures.MetaKey]?[name]?.GetValue<string>() ?? "";

    /// <summary>
    /// An error result as a user would judge it: plain words, no stack trace or exception names, and
    /// valid for clients that check structured content against the output schema (it has none).
    /// </summary>
    public static void AssertPlainError(this CallToolResult result, string expectedKind, string expectedWords)
    {
        Assert.True(result.IsError, $"expected an error, got: {result.Text()}");
        Assert.Null(result.StructuredContent);
        Assert.Equal(expectedKind, result.ErrorField("kind"));
        Assert.EndsWith($"kind: {expectedKind}", result.Text(), StringComparison.Ordinal);
        Assert.True(result.Text().Contains(expectedWords, StringComparison.OrdinalIgnoreCase), $"expected \"{expectedWords}\" in: {result.Text()}");
        Assert.DoesNotContain("   at ", result.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Text(), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?>? ToDictionary(object? arguments) =>
        arguments is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(arguments));
}
