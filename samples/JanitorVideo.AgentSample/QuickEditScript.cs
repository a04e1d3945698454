namespace JanitorVideo.AgentSample;

/// <summary>One turn of the conversation: what the user says, and the tool call that answers it.</summary>
/// <param name="UserSays">The user's words, as a model reads them.</param>
/// <param name="Tool">The server's tool a model should call for them.</param>
/// <param name="Arguments">The arguments of that call, as a model would send them.</param>
public sealed record ScriptedTurn(string UserSays, string Tool, IReadOnlyDictionary<string, object?> Arguments);

/// <summary>
/// The quick-edit workflow as a table: upload the character, animate it, add a title, export. A real
/// model reads only the user's words; the scripted stand-in also reads which call answers them.
/// </summary>
public static class QuickEditScript
{
    /// <summary>The words that animate the character: a slow push-in, three seconds long.</summary>
    public const string Animate = "animate this character with a slow push-in, 3 seconds";

    /// <summary>The words that add the title.</summary>
    public const string AddTitle = "add the title 'The Druid'";

    /// <summary>The four turns of the workflow for the image at <paramref name="imagePath"/>.</summary>
    public static IReadOnlyList<ScriptedTurn> For(string imagePath) =>
    [
        new($"Here is my character: {imagePath}", "upload", new Dictionary<string, object?> { ["files"] = new[] { imagePath } }),
        new(Animate, "generate_or_edit", new Dictionary<string, object?> { ["instruction"] = Animate }),
        new(AddTitle, "generate_or_edit", new Dictionary<string, object?> { ["instruction"] = AddTitle }),
        new("Export the video and tell me where the MP4 is.", "export", new Dictionary<string, object?>()),
    ];
}
