using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Bench;

/// <summary>
/// One API user of a studio over loopback HTTP, as a NemoVideo client: its own client id and token,
/// and its own source address (127.0.0.N: Linux routes all of 127/8 to loopback), so the studio's
/// per-address limits count it as a machine of its own, as they would count separate clients.
/// </summary>
internal sealed class ApiUser : IDisposable
{
    private readonly HttpClient _http;

    private ApiUser(HttpClient http, StudioCaller caller, IPAddress address)
    {
        _http = http;
        Caller = caller;
        Address = address;
    }

    public StudioCaller Caller { get; }

    public IPAddress Address { get; }

    public string SessionId { get; private set; } = "";

    /// <summary>Asks for a token under a new client id, connecting from 127.0.0.<paramref name="host"/>.</summary>
    public static async Task<ApiUser> SignInAsync(Uri studio, int host, CancellationToken cancellationToken)
    {
        var address = new IPAddress([127, 0, 0, (byte)host]);
        var http = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = (context, token) => ConnectFromAsync(address, context.DnsEndPoint, token),
            MaxConnectionsPerServer = 64,
        })
        {
            BaseAddress = studio,
            Timeout = TimeSpan.FromMinutes(5),
        };
        try
        {
            return new ApiUser(http, await StudioCaller.SignInAsync(http, Guid.NewGuid().ToString(), cancellationToken), address);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>A session with <paramref name="picture"/> uploaded into it.</summary>
    public async Task StartProjectAsync(byte[] picture, CancellationToken cancellationToken)
    {
        SessionId = await Caller.CreateSessionAsync(cancellationToken);
        var (status, body) = await Caller.UploadAsync(SessionId, "druid.png", picture, cancellationToken);
        if (status != 200)
        {
            throw new InvalidOperationException($"The upload was answered {status}: {body.ToJsonString()}");
        }
    }

    /// <summary>One edit: the message sent and its reply stream read to the end. Refused, dropped or ending in an error event: not served.</summary>
    public async Task<Edit> EditAsync(string text, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var reply = await Caller.SendMessageAsync(SessionId, text, cancellationToken);
            var served = !reply.Dropped && !reply.Types.Contains("error");
            return new Edit(clock.Elapsed.TotalMilliseconds, served, served ? null : reply.Dropped ? "dropped" : "error event");
        }
        catch (InvalidOperationException e)
        {
            return new Edit(clock.Elapsed.TotalMilliseconds, false, e.Message);
        }
    }

    public async Task<JsonNode> DraftAsync(CancellationToken cancellationToken) =>
        (await Caller.StateAsync(SessionId, cancellationToken))["draft"]!.DeepClone();

    /// <summary>
    /// Submits a render of <paramref name="draft"/> and polls it until it ends or <paramref name="deadline"/> passes;
    /// <paramref name="started"/>, if given, is set when it leaves the queue.
    /// </summary>
    public async Task<RenderOutcome> RenderAsync(string renderId, JsonNode draft, TimeSpan deadline, TaskCompletionSource? started,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (status, body) = await Caller.StartRenderAsync(renderId, SessionId, draft, cancellationToken: cancellationToken);
        if (status != 200)
        {
            started?.TrySetException(new InvalidOperationException($"Render {renderId} was refused ({status}): {body["message"]}"));
            return new RenderOutcome(renderId, $"refused {status}: {body["message"]}", null, clock.Elapsed);
        }

        TimeSpan? left = null;
        var last = "pending";
        while (clock.Elapsed < deadline)
        {
            await Task.Delay(200, cancellationToken);
            var (_, poll) = await Caller.PollRenderAsync(renderId, cancellationToken);
            last = StudioCaller.RenderStatus(poll);
            if (last != "pending" && left is null)
            {
                left = clock.Elapsed;
                started?.TrySetResult();
            }

            if (last is not ("pending" or "processing"))
            {
                return new RenderOutcome(renderId, last, left, clock.Elapsed);
            }
        }

        return new RenderOutcome(renderId, $"still {last} at the {deadline.TotalMinutes:0}-minute deadline", left, clock.Elapsed);
    }

    public void Dispose() => _http.Dispose();

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress local, DnsEndPoint remote, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(local, 0));
            await socket.ConnectAsync(remote, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>One edit as its user saw it: how long until the reply stream ended, and whether it was served.</summary>
internal sealed record Edit(double Milliseconds, bool Served, string? Failure);

/// <summary>How one render went: its last status, when it left the queue and when it ended, from its submit.</summary>
internal sealed record RenderOutcome(string RenderId, string Status, TimeSpan? Started, TimeSpan Elapsed)
{
    public bool Completed => Status == "completed";
}
