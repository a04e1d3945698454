using System.Text.Json.Nodes;
using JanitorVideo.Studio.Tests.Http.Support;
using JanitorVideo.TestInputs.Http;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Http;

/// <summary>
/// The hostile-input table over the studio's HTTP API (<see cref="HostileRequests"/>, which the bench
/// replays too), on loopback: each bad request gets a refusal in the API's envelope (a 4xx status, a
/// code and plain words, no stack trace), the studio writes nothing outside its own folder, and the
/// same caller's next good upload is served.
/// </summary>
public sealed class StudioHostileInputTests
{
    public static TheoryData<string> Cases() => [.. HostileRequests.Table.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_IsRefusedInTheEnvelope_WritesNothingOutside_AndTheNextRequestIsServed(string name)
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.mp3", HostileRequests.Id3("not really audio"));
        await using var studio = await StudioRig.StartAsync();
        var me = await studio.SignInAsync();
        var sid = await me.CreateSessionAsync();
        var request = HostileRequests.Table[name];
        var before = Snapshot(outside.Path);

        var (status, body) = await request.Send(new HostileTarget(me, sid, secret, StudioRig.CharacterPng()));

        Assert.Equal(request.Status, status);
        Assert.True(body["message"] is JsonValue, body.ToJsonString());
        var message = (string)body["message"]!;
        Assert.Contains(request.Words, message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(outside.Path));
        var (next, upload) = await me.UploadAsync(sid, "hero.png", StudioRig.CharacterPng());
        Assert.True(next == 200, upload.ToJsonString());
    }

    private static List<string> Snapshot(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => $"{path}:{(File.Exists(path) ? new FileInfo(path).Length : -1)}")
            .Order(StringComparer.Ordinal)];
}
