using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Skill;
using JanitorVideo.Nemo.Api;
using JanitorVideo.Nemo.Configuration;
using JanitorVideo.Nemo.Identity;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Studio.Conversation;
using JanitorVideo.Studio.Engine;
using JanitorVideo.Studio.Machine;
using JanitorVideo.Studio.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JanitorVideo.Server.Backends;

/// <summary>
/// Builds the backend the settings chose. The studio starts on first use, so listing tools costs
/// nothing; when it cannot start (no FFmpeg) the tools say why and how to fix it.
/// </summary>
public static class BackendFactory
{
    /// <summary>The named <see cref="HttpClient"/> of the cloud backend (each call keeps its own time limit).</summary>
    private const string CloudClient = "nemo";

    public static IServiceCollection AddJanitorBackend(this IServiceCollection services, JanitorSettings settings)
    {
        services.AddSingleton(provider => StudioEngine.Start(
            settings.StudioOptions(),
            provider.GetRequiredService<ModelAccess>(),
            time: provider.GetService<TimeProvider>(),
            logs: provider.GetService<ILoggerFactory>()));
        services.AddHttpClient(CloudClient, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<IVideoBackend>(provider => Create(provider, settings));
        // Whoever rendered the clip, this machine's FFmpeg describes it (or says nothing without FFmpeg).
        services.AddSingleton<IClipInspector, ClipInspector>();
        return services;
    }

    private static IVideoBackend Create(IServiceProvider provider, JanitorSettings settings)
    {
        if (settings.Backend == BackendKind.Cloud)
        {
            return CreateCloud(provider);
        }

        try
        {
            return new StudioBackend(provider.GetRequiredService<StudioEngine>());
        }
        catch (StudioUnavailableException e)
        {
            return new UnavailableBackend(BackendKind.Studio, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            return new UnavailableBackend(BackendKind.Studio,
                $"its data folder {settings.Data.Studio} cannot be used ({e.Message}). Set JANITOR_DATA_DIR to a folder you own, or run `janitor-video doctor`.");
        }
    }

    /// <summary>
    /// NemoVideo's cloud: settings from the environment (<c>NEMO_*</c>, <c>SKILL_SOURCE</c>), the
    /// client id and anonymous token kept in <c>~/.config/nemovideo</c>, the attribution headers from
    /// the skill's manifest and the platform it was installed for.
    /// </summary>
    private static IVideoBackend CreateCloud(IServiceProvider provider) =>
        Cloud(provider.GetRequiredService<IHttpClientFactory>().CreateClient(CloudClient),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetService<ILoggerFactory>() ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance,
            provider.GetService<Hosting.ClientNotices>());

    /// <summary>The cloud backend over <paramref name="http"/> (whose own timeout should be infinite), or why it cannot be made.</summary>
    /// <param name="notices">When given, the client hears what the cloud client warns of (a retry, a renewed token).</param>
    public static IVideoBackend Cloud(HttpClient http, TimeProvider time, ILoggerFactory logs, Hosting.ClientNotices? notices = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(logs);
        NemoOptions options;
        try
        {
            options = NemoOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException e)
        {
            return new UnavailableBackend(BackendKind.Cloud, e.Message);
        }

        ClientIdentity identity;
        try
        {
            identity = ClientIdentity.Open(options, NemoConfigFolder.ForCurrentUser(), time, logs.CreateLogger<ClientIdentity>());
        }
        catch (ArgumentException e)
        {
            return new UnavailableBackend(BackendKind.Cloud, e.Message);
        }

        // Paths are relative to the base, so a base with a path of its own must end in a slash to keep it.
        http.BaseAddress = options.ApiUrl.AbsoluteUri.EndsWith('/') ? options.ApiUrl : new Uri(options.ApiUrl.AbsoluteUri + "/");
        if (options.StudioKey is { } studioKey)
        {
            http.DefaultRequestHeaders.Add(Core.Net.AccessKey.StudioHeader, studioKey);
        }
        var platform = PlatformDetector.Detect(options.SkillSource, AppContext.BaseDirectory,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        var attribution = SkillAttribution.From(SkillManifest.Embedded, platform);
        ILogger logger = logs.CreateLogger<NemoBackend>();
        logger = notices is null ? logger : new Hosting.TellingLogger(logger, notices);
        return new NemoBackend(http, new IdentityAccess(http, identity, time, options.Intervals, attribution, logger), attribution,
            options.WebUrl, options.Intervals, time: time, logger: logger);
    }
}
