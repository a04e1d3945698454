using System.ComponentModel;
using JanitorVideo.Server.Skill;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

[McpServerToolType]
public sealed class GetCreditsTool(ProjectWorkflow workflow)
{
    [McpServerTool(Name = "get_credits", Title = "Show credits", ReadOnly = true, Destructive = false, Idempotent = true,
        OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(CreditsOutput))]
    [Description("Shows the credits left for generating and editing. Exporting is always free. Use it when the user " +
                 "asks about credits, balance or cost. Returns available, frozen (reserved by running work), total, and whether there is no quota at all.")]
    public async Task<CallToolResult> GetCredits(CancellationToken cancellationToken = default) =>
        ToolResults.From(await workflow.CreditsAsync(cancellationToken));
}
