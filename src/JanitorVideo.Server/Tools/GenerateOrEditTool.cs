using System.ComponentModel;
using JanitorVideo.Core.Routing;
using JanitorVideo.Core.Text;
using JanitorVideo.Server.Skill;
using JanitorVideo.Studio.Conversation;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

[McpServerToolType]
public sealed class GenerateOrEditTool(ProjectWorkflow workflow, ModelAccess models, Configuration.JanitorSettings settings, ILogger<GenerateOrEditTool> logger)
{
    [McpServerTool(Name = "generate_or_edit", Title = "Animate or edit the clip", Destructive = false, OpenWorld = true,
        UseStructuredContent = true, OutputSchemaType = typeof(GenerateOrEditOutput))]
    [Description("Passes the user's own words (English or Chinese) to the video agent: animate the uploaded image " +
                 "(\"animate this character with a slow push-in and falling petals\"), set length or aspect " +
                 "(\"a 10-second 9:16 clip\"), add titles, captions or music (\"add lo-fi BGM at 35%\", \"加一个标题\"), " +
                 "undo. Words that mean export, credits, state or upload are routed to those actions directly. " +
                 "Returns the agent's reply in plain words, what changed on the timeline, and the timeline summary. " +
                 "If the agent is still working when the call's wait ends, status is \"working\": call again with the same words to collect the reply " +
                 "(they are never sent twice). \"not_sent\": the user declined to spend the credits it would cost.")]
    public async Task<CallToolResult> GenerateOrEdit(
        McpServer server,
        IProgress<ProgressNotificationValue> progress,
        [Description("What the user wants, in their words. Pass it through as said; do not translate or rephrase.")]
        string instruction,
        [Description("Optional: the project to work on, as returned by an earlier result. Leave out to use the current project.")]
        string? session_id = null,
        CancellationToken cancellationToken = default)
    {
        // Refused before it is routed or sent anywhere: a huge message is never matched, stored or echoed.
        MessageLimit.Ensure(instruction);
        var route = IntentRouter.Route(instruction ?? "");
        // The studio's agent may ask the client's own model when its rules cannot place the words.
        using var model = SamplingModel.Lend(server, models);
        // Words that mean export or upload name paths: confined as the export and upload tools' are.
        var folders = route.Action is SkillAction.Export or SkillAction.Upload
            ? await ClientFolders.ResolveAsync(server, settings, logger, workspace: route.Action == SkillAction.Export, cancellationToken)
            : null;
        // A message that costs more than JANITOR_CONFIRM_CREDITS is put to the user first, when the client can ask.
        var ask = route.Action == SkillAction.Message ? SpendConfirmation.For(server, logger) : null;
        return ToolResults.From(await workflow.GenerateOrEditAsync(ToolResults.ClientKey(server), instruction, route, session_id, progress, cancellationToken,
            folders?.Workspace, ask, folders?.Area));
    }
}
