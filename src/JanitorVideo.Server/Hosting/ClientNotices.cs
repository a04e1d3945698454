using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Hosting;

/// <summary>
/// Tells the MCP client of notable events (a render started, retried or finished; a token renewed;
/// a project restarted) as logging notifications, at the level the client asked for (per request
/// under the 2026 revision, <c>logging/setLevel</c> before it; nothing when it asked for none). Events reach the client whose tool call
/// led to them, background renders included (the call's context flows into them); a client gone
/// meanwhile is not told. The server's own log is unchanged.
/// </summary>
public sealed class ClientNotices
{
    /// <summary>The logger name the client sees.</summary>
    public const string Source = "janitor-video";

    private static readonly AsyncLocal<Listener?> Current = new();

    /// <summary>
    /// The tool-call filter that makes the calling client the one told of what the call sets off
    /// (the SDK declares the logging capability and keeps the level set with <c>logging/setLevel</c>).
    /// </summary>
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
#pragma warning disable MCP9005 // logging/setLevel: deprecated by the 2026 revision, still what hosts of earlier revisions send.
            var level = context.JsonRpcRequest.Context?.LogLevel ?? context.Server.LoggingLevel;
#pragma warning restore MCP9005
            using (For(context.Server, level))
            {
                return await next(context, cancellationToken);
            }
        };

    /// <summary>
    /// Makes <paramref name="server"/>'s client the one told, for the work started until disposed, at
    /// <paramref name="level"/> and above (the request's own level under the 2026 revision, the one
    /// set with <c>logging/setLevel</c> before it); nothing is told when it is null.
    /// </summary>
    public static IDisposable For(McpServer server, LoggingLevel? level)
    {
        var previous = Current.Value;
        Current.Value = level is null ? null : new Listener(server, level.Value);
        return new Restore(previous);
    }

    /// <summary>Tells the current client, when there is one and its level lets <paramref name="level"/> through.</summary>
    public void Tell(LogLevel level, string message)
    {
        if (Current.Value is not { } listener || ToLoggingLevel(level) is not { } told || told < listener.Level)
        {
            return;
        }

        try
        {
            var sending = listener.Server.SendNotificationAsync(NotificationMethods.LoggingMessageNotification, new LoggingMessageNotificationParams
            {
                Level = told,
                Logger = Source,
                Data = JsonSerializer.SerializeToElement(message, NoticeJson.Default.String),
            });
            // A client gone meanwhile: nobody to tell, and nothing to report.
            _ = sending.ContinueWith(static sent => _ = sent.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The session is over.
        }
    }

    private static LoggingLevel? ToLoggingLevel(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => LoggingLevel.Debug,
        LogLevel.Information => LoggingLevel.Info,
        LogLevel.Warning => LoggingLevel.Warning,
        LogLevel.Error => LoggingLevel.Error,
        LogLevel.Critical => LoggingLevel.Critical,
        _ => null,
    };

    private sealed record Listener(McpServer Server, LoggingLevel Level);

    private sealed class Restore(Listener? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class NoticeJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>A logger that also tells the client (<see cref="ClientNotices"/>) what it logs at <see cref="LogLevel.Warning"/> or above.</summary>
public sealed class TellingLogger(ILogger inner, ClientNotices notices) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel) || logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        inner.Log(logLevel, eventId, state, exception, formatter);
        if (logLevel >= LogLevel.Warning)
        {
            notices.Tell(logLevel, formatter(state, null));
        }
    }
}
