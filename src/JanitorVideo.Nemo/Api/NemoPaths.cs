namespace JanitorVideo.Nemo.Api;

/// <summary>The agent API's paths, as the reference names them.</summary>
internal static class NemoPaths
{
    public const string AnonymousToken = "api/auth/anonymous-token";
    public const string CreateSession = "api/tasks/me/with-session/nemo_agent";
    public const string RunSse = "run_sse";
    public const string Balance = "api/credits/balance/simple";
    public const string StartRender = "api/render/proxy/lambda";

    public static string Upload(string sessionId) => $"api/upload-video/nemo_agent/me/{Uri.EscapeDataString(sessionId)}";

    public static string State(string sessionId) => $"api/state/nemo_agent/me/{Uri.EscapeDataString(sessionId)}/latest";

    public static string Render(string renderId) => $"api/render/proxy/lambda/{Uri.EscapeDataString(renderId)}";

    public static string CancelRender(string renderId) => $"api/render/proxy/lambda/{Uri.EscapeDataString(renderId)}/cancel";

    public static string Download(string renderId) => $"api/render/proxy/{Uri.EscapeDataString(renderId)}/download";
}
