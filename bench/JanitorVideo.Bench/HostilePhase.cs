using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using JanitorVideo.Core.Media;
using JanitorVideo.TestInputs.Http;

namespace JanitorVideo.Bench;

/// <summary>
/// Phase 3 of <see cref="StudioAbuse"/>: the hostile-input suite replayed on one studio. The table
/// the studio's tests check (<see cref="HostileRequests"/>) a few rounds over, then the costly ones of
/// the limit and upload tests, each sent several times at once, twice over: messages of tens of
/// megabytes (the original finding: twelve of 28 MB took the studio to 2.4 GB, never given back),
/// 50 MB JSON bodies, uploads over the limit sent whole without waiting for <c>100 Continue</c>,
/// streamed without a length, or announced, and multipart bodies cut off or malformed.
/// </summary>
internal static class HostilePhase
{
    private const int TableRounds = 3;
    private const int CostlyRounds = 2;
    private const string UploadPath = "/api/upload-video/nemo_agent/me/";
    private const long Megabyte = 1 << 20;

    /// <summary>No single hostile request is waited for longer.</summary>
    private static readonly TimeSpan RequestDeadline = TimeSpan.FromMinutes(2);

    public static async Task<HostileFigures> RunAsync(StudioUnderTest studio, byte[] picture, CancellationToken cancellationToken)
    {
        Console.WriteLine($"phase 3, hostile suite: the {HostileRequests.Table.Count}-request table ×{TableRounds}, then the costly requests ×{CostlyRounds} rounds " +
                          "(each sent several times at once); one attacker, one studio");
        Console.WriteLine($"  studio memory at start: RSS {studio.Memory.ResidentMegabytes:0} MB");
        await using var watch = new MemoryWatch(studio.Pid);
        using var attacker = await ApiUser.SignInAsync(studio.Url, 7, cancellationToken);
        var outside = Directory.CreateTempSubdirectory("janitor-abuse-outside-");
        try
        {
            var secret = Path.Combine(outside.FullName, "secret.mp3");
            await File.WriteAllBytesAsync(secret, HostileRequests.Id3("not really audio"), cancellationToken);
            var before = Snapshot(outside.FullName);

            var answers = HostileRequests.Table.Keys.ToDictionary(name => name, _ => new List<Answer>(), StringComparer.Ordinal);
            for (var round = 0; round < TableRounds; round++)
            {
                var target = new HostileTarget(attacker.Caller, await attacker.Caller.CreateSessionAsync(cancellationToken), secret, picture);
                foreach (var (name, request) in HostileRequests.Table)
                {
                    answers[name].Add(await SendAsync(async _ => await request.Send(target), cancellationToken));
                }
            }

            Console.WriteLine("  the table (each must be refused with its status and words):");
            foreach (var (name, request) in HostileRequests.Table)
            {
                Console.WriteLine($"    {name,-36} {Tally(answers[name], request.Status, request.Words)}");
            }

            PrintMemory(studio, "after the table");
            var sessionId = await attacker.Caller.CreateSessionAsync(cancellationToken);
            var costly = Costly(studio.Url, attacker.Caller, sessionId, picture);
            for (var round = 1; round <= CostlyRounds; round++)
            {
                Console.WriteLine($"  costly requests, round {round} of {CostlyRounds}:");
                foreach (var group in costly)
                {
                    var sent = await Task.WhenAll(Enumerable.Range(0, group.Count).Select(_ => SendAsync(group.Send, cancellationToken)));
                    Console.WriteLine($"    {group.Name,-58} ×{group.Count,-2} {Tally(sent, group.Status, group.Words)}; " +
                                      $"then RSS {studio.Memory.ResidentMegabytes:0} MB, peak {studio.Memory.PeakResidentMegabytes:0} MB");
                }
            }

            var (next, _) = await attacker.Caller.UploadAsync(sessionId, "druid.png", picture, cancellationToken);
            Console.WriteLine($"  afterwards: the attacker's own good upload answered {next}; files outside the studio's folder " +
                              (before.SequenceEqual(Snapshot(outside.FullName)) ? "untouched" : "CHANGED"));
            return new HostileFigures(await StudioAbuse.SettledAsync(studio, watch, "after the hostile suite", cancellationToken));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    /// <summary>The costly requests of the limit and upload tests, sent to <paramref name="sessionId"/>, each with the refusal it must get.</summary>
    private static CostlyRequest[] Costly(Uri studio, StudioCaller caller, string sessionId, byte[] picture)
    {
        var message = new string('x', 28 << 20);
        var pad = new string('x', 50 << 20);
        var path = UploadPath + sessionId;
        return
        [
            new("a 28 MB /run_sse message", 12, 413, "1 MB this call takes", async cancellationToken =>
            {
                using var response = await caller.SendAsync(HttpMethod.Post, "/run_sse", StudioCaller.Message(sessionId, message), cancellationToken: cancellationToken);
                return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?.AsObject());
            }),
            new("a 50 MB JSON render submit", 6, 413, "1 MB this call takes", async cancellationToken =>
                await caller.StartRenderAsync("render_huge", sessionId, new JsonObject { ["t"] = new JsonArray(), ["pad"] = pad }, cancellationToken: cancellationToken)),
            new("a 250 MB upload sent whole, not waiting for 100 Continue", 3, 413, "200 MB", cancellationToken =>
                RawHttp.PostWholeAsync(studio, path, caller.Token, "multipart/form-data; boundary=big",
                    [new MemoryStream(MultipartBody.Head("big", "huge.png")), new SyntheticUploadStream(MediaFormats.MaxUploadBytes + 50 * Megabyte, announceLength: true),
                     new MemoryStream(MultipartBody.Tail("big"))], cancellationToken)),
            new("a 1 GB upload streamed without a length (chunked)", 3, 413, "200 MB", cancellationToken =>
                RawChunkedUpload.PostAsync(studio, path, caller.Token, "huge.png", new SyntheticUploadStream(1024 * Megabyte, announceLength: false), cancellationToken)),
            new("a 208 MB upload announced, waiting for 100 Continue", 3, 413, "200 MB", async cancellationToken =>
            {
                var huge = new StreamContent(new SyntheticUploadStream(MediaFormats.MaxUploadBytes + 8 * Megabyte, announceLength: true), 1 << 16);
                using var response = await caller.SendAsync(HttpMethod.Post, path, StudioCaller.Files(("huge.png", huge)), expectContinue: true,
                    cancellationToken: cancellationToken);
                return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?.AsObject());
            }),
            .. MultipartBody.Malformations.Select(where => new CostlyRequest($"a malformed multipart upload: {where}", 3, 422, "cut off or malformed",
                async cancellationToken =>
                {
                    var content = new ByteArrayContent(MultipartBody.Malformed(where, "cut", picture));
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");
                    return await caller.CallAsync(HttpMethod.Post, path, content, cancellationToken: cancellationToken);
                })),
        ];
    }

    private static async Task<Answer> SendAsync(Func<CancellationToken, Task<(int Status, JsonObject? Body)>> send, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RequestDeadline);
        var clock = Stopwatch.StartNew();
        try
        {
            var (status, body) = await send(deadline.Token);
            return new Answer(status, (string?)body?["message"], null, clock.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Answer(null, null, $"no answer within {RequestDeadline.TotalMinutes:0} minutes", clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return new Answer(null, null, $"{e.GetType().Name}: {e.Message}", clock.Elapsed.TotalMilliseconds);
        }
    }

    // "all 3 as expected (413, "1 MB this call takes"), median 20 ms", or what came instead.
    private static string Tally(IReadOnlyCollection<Answer> answers, int status, string words)
    {
        var median = Stats.Of([.. answers.Select(answer => answer.Milliseconds)]).Median;
        var expected = answers.Count(answer => answer.Status == status && answer.Message?.Contains(words, StringComparison.Ordinal) == true);
        var others = answers
            .Where(answer => !(answer.Status == status && answer.Message?.Contains(words, StringComparison.Ordinal) == true))
            .GroupBy(answer => answer.Failure ?? $"{answer.Status}: {answer.Message}")
            .Select(group => $"{group.Count()} × {group.Key}");
        return (expected == answers.Count ? $"all {expected} as expected" : $"{expected} of {answers.Count} as expected")
               + $" ({status}, \"{words}\"), median {median:0} ms" + string.Concat(others.Select(other => "; instead " + other));
    }

    private static void PrintMemory(StudioUnderTest studio, string when)
    {
        var memory = studio.Memory;
        Console.WriteLine($"  {when}: RSS {memory.ResidentMegabytes:0} MB, peak {memory.PeakResidentMegabytes:0} MB");
    }

    private static List<string> Snapshot(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => $"{path}:{(File.Exists(path) ? new FileInfo(path).Length : -1)}")
            .Order(StringComparer.Ordinal)];

    private sealed record CostlyRequest(string Name, int Count, int Status, string Words, Func<CancellationToken, Task<(int Status, JsonObject? Body)>> Send);

    private sealed record Answer(int? Status, string? Message, string? Failure, double Milliseconds);
}

/// <summary>What the hostile suite leaves for the summary: the studio's resident memory once settled, in MB.</summary>
internal sealed record HostileFigures(double SettledMegabytes);
