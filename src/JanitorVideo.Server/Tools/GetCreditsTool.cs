using System.ComponentModel;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

[McpServerToolType]
public sealed class GetCreditsTool(ProjectWorkflow workflow, ILogger<GetCreditsTool> logger)
{
    [McpServerTool(Name = "get_credits", Title = "Show credits", ReadOnly = true, Destructive = false, Idempotent = true,
        OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(CreditsOutput))]
    [Description("Shows the credits left for generating and editing. Exporting is always free. Use it when the user " +
                 "asks about credits, balance or cost. Returns available, frozen (reserved by running work), total, and whether there is no quota at all.")]
    public Task<CallToolResult> GetCredits(CancellationToken cancellationToken = default) =>
        ToolResults.RunAsync("get_credits", "credits", logger, () => workflow.CreditsAsync(cancellationToken));
}
