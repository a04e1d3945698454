using System.Text.Json;
using JanitorVideo.Server.Skill;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>Turns a workflow answer into an MCP tool result: text for the model, the same facts as structured content, pictures.</summary>
public static class ToolResults
{
    /// <summary>The largest picture sent inside a result; a larger one is given by its path only.</summary>
    public const long InlineImageLimit = 512 * 1024;

    /// <summary>Who is calling: the MCP session, or one local client over stdio.</summary>
    public static string ClientKey(McpServer server) => server.SessionId ?? "local";

    /// <summary>The result of a call that worked. Failures never come through here: <see cref="ToolFailures"/> answers those.</summary>
    public static CallToolResult From<T>(ToolAnswer<T> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = answer.Text }, .. Link(answer.Video), .. Images(answer.ImagePaths)],
            StructuredContent = JsonSerializer.SerializeToElement(answer.Output, ToolJson.Options),
        };
    }

    /// <summary>The video as a <c>resource_link</c> (file URI, type, size), which hosts can open or attach.</summary>
    private static IEnumerable<ContentBlock> Link(DeliveredVideo? video)
    {
        if (video is not null)
        {
            yield return new ResourceLinkBlock
            {
                Uri = new Uri(video.Path).AbsoluteUri,
                Name = System.IO.Path.GetFileName(video.Path),
                MimeType = "video/mp4",
                Size = video.SizeBytes,
            };
        }
    }

    /// <summary>The pictures that can still be read; one that cannot is left out, never turning a delivered clip into a failure.</summary>
    private static IEnumerable<ContentBlock> Images(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            byte[] bytes;
            try
            {
                // Sent inline (base64) to every host, stdio ones included: only small pictures (the contact sheet is about 150 KB); the path is in the text anyway.
                if (new FileInfo(path).Length > InlineImageLimit)
                {
                    continue;
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            yield return ImageContentBlock.FromBytes(bytes, "image/png");
        }
    }
}
