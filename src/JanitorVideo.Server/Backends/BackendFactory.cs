using JanitorVideo.Core.Backend;
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
    public static IServiceCollection AddJanitorBackend(this IServiceCollection services, JanitorSettings settings)
    {
        services.AddSingleton(provider => StudioEngine.Start(
            settings.StudioOptions(),
            provider.GetRequiredService<ModelAccess>(),
            time: provider.GetService<TimeProvider>(),
            logs: provider.GetService<ILoggerFactory>()));
        services.AddSingleton<IVideoBackend>(provider => Create(provider, settings));
        // Whoever rendered the clip, this machine's FFmpeg describes it (or says nothing without FFmpeg).
        services.AddSingleton<IClipInspector, ClipInspector>();
        return services;
    }

    private static IVideoBackend Create(IServiceProvider provider, JanitorSettings settings)
    {
        if (settings.Backend == BackendKind.Cloud)
        {
            return new UnavailableBackend(BackendKind.Cloud);
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
}
