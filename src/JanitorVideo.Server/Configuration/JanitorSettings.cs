using JanitorVideo.Core.Backend;
using Microsoft.Extensions.Configuration;

namespace JanitorVideo.Server.Configuration;

/// <summary>
/// Everything the server reads from its configuration (environment, <c>appsettings.json</c> and the
/// command line share these keys). Built once at start-up; secrets stay out of <see cref="ToString"/>.
/// </summary>
public sealed record JanitorSettings
{
    public required DataFolder Data { get; init; }

    public required BackendKind Backend { get; init; }

    /// <summary>The bearer token HTTP clients must send; required when binding off loopback.</summary>
    public string? HttpToken { get; init; }

    /// <summary>Host names accepted in the Host header besides the loopback names.</summary>
    public IReadOnlyList<string> ExtraAllowedHosts { get; init; } = [];

    /// <summary>Origins accepted besides loopback ones (http(s)://localhost, 127.0.0.1, [::1] on any port).</summary>
    public IReadOnlyList<string> ExtraAllowedOrigins { get; init; } = [];

    /// <summary>Serilog's minimum level name (Verbose, Debug, Information, Warning, Error).</summary>
    public string LogLevel { get; init; } = "Information";

    /// <exception cref="ArgumentException">A setting holds a value that cannot work; the message says how to fix it.</exception>
    public static JanitorSettings From(IConfiguration configuration) => new()
    {
        Data = DataFolder.Resolve(configuration["JANITOR_DATA_DIR"], configuration["XDG_DATA_HOME"]),
        Backend = BackendChoice.Decide(configuration["JANITOR_BACKEND"], configuration["NEMO_TOKEN"], configuration["NEMO_API_URL"]),
        HttpToken = Blank(configuration["JANITOR_HTTP_TOKEN"]),
        ExtraAllowedHosts = List(configuration["JANITOR_ALLOWED_HOSTS"]),
        ExtraAllowedOrigins = List(configuration["JANITOR_ALLOWED_ORIGINS"]),
        LogLevel = Blank(configuration["JANITOR_LOG_LEVEL"]) ?? "Information",
    };

    public override string ToString() =>
        $"data={Data.Root} backend={Backend} httpToken={(HttpToken is null ? "unset" : "set")}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] List(string? value) =>
        value?.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
