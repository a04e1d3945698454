using System.Reflection;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Skill;
using JanitorVideo.Server.Backends;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Export;
using JanitorVideo.Server.Prompts;
using JanitorVideo.Server.Resources;
using JanitorVideo.Server.Skill;
using JanitorVideo.Server.Tools;
using JanitorVideo.Studio.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Hosting;

/// <summary>
/// The composition root shared by every transport: the services, the five tools, the resources,
/// the prompt and its completions. Transports add only how bytes move.
/// </summary>
public static class McpComposition
{
    public const string ServerName = "janitor-video";

    public static string Version { get; } =
        typeof(McpComposition).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static IMcpServerBuilder AddJanitorMcp(this IServiceCollection services, JanitorSettings settings)
    {
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new ModelAccess(ConfiguredModel.Create(settings)));
        if (!services.Any(service => service.ServiceType == typeof(IVideoBackend)))
        {
            services.AddJanitorBackend(settings);
        }
        services.AddSingleton<ClientNotices>();
        services.AddSingleton<ProjectSessions>();
        services.AddSingleton<UploadInputs>();
        services.TryAddSingleton(settings.ExportOptions());
        services.TryAddSingleton(settings.SpendingOptions());
        services.AddSingleton<ExportService>();
        services.AddSingleton(provider => new ClipCache(settings.Data.Clips, provider.GetRequiredService<ExportOptions>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ClipCache>>()));
        services.AddSingleton<ExportJobs>();
        services.TryAddSingleton(new ReplyTiming());
        services.AddSingleton<TurnJobs>();
        services.AddSingleton<ProjectConversation>();
        services.AddSingleton<ProjectWorkflow>();

        return services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = ServerName, Title = "JanitorVideo", Version = Version };
                options.ServerInstructions = Instructions;
            })
            .WithTools<UploadTool>(ToolJson.Options)
            .WithTools<GenerateOrEditTool>(ToolJson.Options)
            .WithTools<GetStateTool>(ToolJson.Options)
            .WithTools<GetCreditsTool>(ToolJson.Options)
            .WithTools<ExportTool>(ToolJson.Options)
            .WithRequestFilters(filters => filters
                .AddCallToolFilter(ToolFailures.Filter)
                .AddCallToolFilter(ClientNotices.Filter))
            .WithResources<ProjectResources>()
            .WithPrompts<AnimateCharacterPrompt>()
            .WithCompleteHandler(CompleteAsync);
    }

    private static readonly string Instructions =
        $"JanitorVideo ({SkillManifest.Embedded.Name} {SkillManifest.Embedded.Version}) turns a still character image into a short animated MP4. " +
        "Typical flow: upload the image → generate_or_edit with the user's own words → get_state to confirm → export, then give the user the path. " +
        "Pass the user's words through unchanged (English or Chinese). Export is free; get_credits tells what generating and editing can still cost.";

    private static ValueTask<CompleteResult> CompleteAsync(RequestContext<CompleteRequestParams> context, CancellationToken cancellationToken)
    {
        var request = context.Params!;
        var completion = request.Ref switch
        {
            PromptReference { Name: AnimateCharacterPrompt.Name } => PromptOptions.Complete(request.Argument.Name, request.Argument.Value),
            ResourceTemplateReference { Uri: ProjectResources.TimelineTemplate } when request.Argument.Name == "id" =>
                KnownSessions(context, request.Argument.Value),
            _ => new Completion { Values = [] },
        };
        return ValueTask.FromResult(new CompleteResult { Completion = completion });
    }

    private static Completion KnownSessions(RequestContext<CompleteRequestParams> context, string typed)
    {
        var sessions = context.Services?.GetService<ProjectSessions>();
        var values = sessions?.Known(ToolResults.ClientKey(context.Server))
            .Where(id => id.StartsWith(typed, StringComparison.Ordinal))
            .ToList() ?? [];
        return new Completion { Values = values, Total = values.Count, HasMore = false };
    }
}
