using System.ComponentModel;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Prompts;

/// <summary>The guided path for the product's main job, as a prompt an MCP host can offer its user.</summary>
[McpServerPromptType]
public sealed class AnimateCharacterPrompt
{
    public const string Name = "animate_character";

    [McpServerPrompt(Name = Name, Title = "Animate a character image")]
    [Description("Turns one still character image into a short animated clip: upload, animate with the chosen style and platform, export the MP4.")]
    public static string Animate(
        [Description("The image: an absolute path or an http(s) link (JPG, PNG, WEBP or GIF).")] string image,
        [Description("The feel of the motion: gentle, cinematic, dreamy, energetic, cute or epic.")] string? style = null,
        [Description("Where it will be posted: tiktok, reels, shorts (9:16), youtube (16:9) or instagram (1:1).")] string? platform = null,
        [Description("Length in seconds, e.g. 5, 8, 10 or 15.")] string? duration = null)
    {
        var look = PromptOptions.Describe(style, platform, duration);
        return $"""
            Animate this character image into a short video clip with motion{look}.

            1. Call upload with files = ["{image}"].
            2. Call generate_or_edit with an instruction in the user's words, e.g. "animate this character image into a short video clip with motion{look}".
            3. Call get_state and tell the user, in one sentence, what the timeline holds.
            4. Call export and give the user the MP4's path and link.
            """;
    }
}
