using JanitorVideo.Core.Backend;
using JanitorVideo.Server.Configuration;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Server.Tests.Support;

internal static class Settings
{
    public static JanitorSettings For(TempFolder folder, string? httpToken = null) => new()
    {
        Data = new DataFolder(folder.Path),
        Backend = BackendKind.Studio,
        HttpToken = httpToken,
    };
}
