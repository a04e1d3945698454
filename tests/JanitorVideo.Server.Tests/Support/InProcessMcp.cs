using System.IO.Pipelines;
using JanitorVideo.Core.Backend;
using JanitorVideo.Server.Configuration;
using JanitorVideo.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tests.Support;

/// <summary>
/// The real server composition and the SDK's real client, joined by in-memory pipes: the same
/// tools, resources and prompts as stdio and HTTP, with no process or socket in between.
/// </summary>
public sealed class InProcessMcp : IAsyncDisposable
{
    private readonly Pipe clientToServer = new();
    private readonly Pipe serverToClient = new();
    private readonly CancellationTokenSource stop = new();
    private ServiceProvider? services;
    private Task? serverTask;

    /// <summary>The SDK's client (null when started without <c>connect</c>).</summary>
    public McpClient Client { get; private set; } = null!;

    /// <summary>The server's services, to look at its state (never to act in its place).</summary>
    public IServiceProvider Services => services!;

    /// <param name="backend">A backend in place of the one the settings choose (a studio with faults, the cloud client of a loopback studio).</param>
    /// <summary>The client's end of the pipes, for a test that speaks JSON-RPC itself (see <c>connect</c>).</summary>
    public Stream ToServer => clientToServer.Writer.AsStream();

    /// <inheritdoc cref="ToServer"/>
    public Stream FromServer => serverToClient.Reader.AsStream();

    /// <param name="backend">A backend in place of the one the settings choose (a studio with faults, the cloud client of a loopback studio).</param>
    /// <param name="services">Registrations made before the server's own (which only fill what is missing), e.g. short <c>ReplyTiming</c> or <c>ExportOptions</c>.</param>
    /// <param name="protocolVersion">The revision the SDK's client asks for (its newest when null).</param>
    /// <param name="connect">False: no SDK client; the test writes and reads <see cref="ToServer"/> and <see cref="FromServer"/> itself.</param>
    public static async Task<InProcessMcp> StartAsync(JanitorSettings settings, McpClientHandlers? handlers = null, IVideoBackend? backend = null,
        Action<IServiceCollection>? services = null, string? protocolVersion = null, bool connect = true)
    {
        var mcp = new InProcessMcp();
        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        collection.AddJanitorMcp(settings)
            .WithStreamServerTransport(mcp.clientToServer.Reader.AsStream(), mcp.serverToClient.Writer.AsStream());
        if (backend is not null)
        {
            collection.AddSingleton(backend);
        }

        mcp.services = collection.BuildServiceProvider();
        mcp.serverTask = mcp.services.GetRequiredService<McpServer>().RunAsync(mcp.stop.Token);
        if (!connect)
        {
            return mcp;
        }

        mcp.Client = await McpClient.CreateAsync(
            new StreamClientTransport(mcp.clientToServer.Writer.AsStream(), mcp.serverToClient.Reader.AsStream()),
            new McpClientOptions
            {
                ClientInfo = new Implementation { Name = "janitor-tests", Version = "1.0" },
                DiscoverProbeTimeout = TimeSpan.FromSeconds(30),
                ProtocolVersion = protocolVersion,
                Handlers = handlers ?? new McpClientHandlers(),
            });
        return mcp;
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }
        await stop.CancelAsync();
        clientToServer.Writer.Complete();
        serverToClient.Writer.Complete();
        if (serverTask is not null)
        {
            try
            {
                await serverTask;
            }
            catch (OperationCanceledException)
            {
            }
        }
        if (services is not null)
        {
            await services.DisposeAsync();
        }
        stop.Dispose();
    }
}
