using JanitorVideo.AgentSample;
using Microsoft.Extensions.AI;

// The quick-edit workflow through an agent built on Microsoft.Extensions.AI: the model (an
// OpenAI-compatible API, or the scripted stand-in) calls the JanitorVideo server's tools over MCP.
const string Usage = """
    usage: dotnet run --project samples/JanitorVideo.AgentSample -- [--scripted] [--server PATH/janitor-video.dll] [--image PATH] [--data-dir DIR]
      --scripted   use the scripted stand-in model even when JANITOR_MODEL_URL and JANITOR_MODEL are set
      --server     the built server (default: dotnet run --project src/JanitorVideo.Server)
      --image      the character to animate (default: samples/art/druid.png)
      --data-dir   the server's data folder (default: a new temporary folder)
    """;

string? serverDll = null, image = null, dataDir = null;
var scripted = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--scripted":
            scripted = true;
            break;
        case "--server" when i + 1 < args.Length:
            serverDll = Path.GetFullPath(args[++i]);
            break;
        case "--image" when i + 1 < args.Length:
            image = Path.GetFullPath(args[++i]);
            break;
        case "--data-dir" when i + 1 < args.Length:
            dataDir = Path.GetFullPath(args[++i]);
            break;
        default:
            await Console.Error.WriteLineAsync(Usage);
            return 2;
    }
}

var repository = Repository.Find(Environment.CurrentDirectory) ?? Repository.Find(AppContext.BaseDirectory);
if (repository is null && (serverDll is null || image is null))
{
    await Console.Error.WriteLineAsync("Run this inside the JanitorVideo repository, or pass both --server and --image.");
    return 2;
}

image ??= Path.Combine(repository!, "samples", "art", "druid.png");
dataDir ??= Directory.CreateTempSubdirectory("janitor-agent-sample-").FullName;
var script = QuickEditScript.For(image);
IChatClient? configured;
try
{
    configured = scripted ? null : AgentModel.Configured(Environment.GetEnvironmentVariable);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

using var model = configured ?? new ScriptedAgentModel(script);

// Every wait has an end: Ctrl+C, or ten minutes for the whole workflow.
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

Console.WriteLine($"model: {(configured is not null ? Environment.GetEnvironmentVariable("JANITOR_MODEL")
    : scripted ? "scripted stand-in" : "scripted stand-in (JANITOR_MODEL_URL and JANITOR_MODEL are not both set)")}");
Console.WriteLine($"server: dotnet {serverDll ?? "run --project src/JanitorVideo.Server --"} stdio (studio backend, data in {dataDir})");
QuickEditRun run;
try
{
    await using var server = await JanitorServer.ConnectAsync(serverDll, repository ?? "", dataDir, stop.Token);
    run = await QuickEdit.RunAsync(model, server, script.Select(turn => turn.UserSays), Print, stop.Token);
}
catch (Exception e) when (e is not OperationCanceledException || stop.IsCancellationRequested)
{
    // A model service that does not answer, a server that does not start, Ctrl+C: said in words, no stack trace.
    await Console.Error.WriteLineAsync($"The workflow stopped: {(stop.IsCancellationRequested ? "cancelled (Ctrl+C, or the ten-minute limit passed)" : e.Message)}");
    await Console.Error.WriteLineAsync($"The server's log is in {Path.Combine(dataDir, "logs")}; --scripted runs without a model service.");
    return 1;
}

Console.WriteLine();
Console.WriteLine(run.Mp4Path is null ? "No MP4 was exported." : $"MP4: {run.Mp4Path}");
return run.Mp4Path is null ? 1 : 0;

static void Print(QuickEditTurn turn)
{
    Console.WriteLine();
    Console.WriteLine($"user> {turn.UserSays}");
    foreach (var call in turn.Calls)
    {
        Console.WriteLine($"  tool call: {call.Tool} {call.Arguments}");
        var lines = call.Answer.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : $"          {line}");
        Console.WriteLine($"  server{(call.IsError ? " (error)" : "")}> {string.Join('\n', lines)}");
    }

    Console.WriteLine($"agent> {turn.Answer}");
}
