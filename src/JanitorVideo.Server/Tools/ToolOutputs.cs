namespace JanitorVideo.Server.Tools;

// The structured content of each tool's result. Names go out in snake_case (ToolJson.Options), the
// same options that write the advertised output schemas, so the schema and the JSON always agree.

/// <summary>What <c>upload</c> stored.</summary>
public sealed record UploadOutput(
    string SessionId,
    IReadOnlyList<UploadedFileOutput> Files,
    string Message);

public sealed record UploadedFileOutput(
    string Name,
    string Type,
    int? Width,
    int? Height,
    double? DurationSeconds,
    string? Url);

/// <summary>What <c>get_state</c> reports: the timeline in words and whether it can be exported.</summary>
public sealed record StateOutput(
    string SessionId,
    string Timeline,
    IReadOnlyList<string> Tracks,
    double? DurationSeconds,
    bool ReadyForExport);

/// <summary>What <c>get_credits</c> reports.</summary>
public sealed record CreditsOutput(
    long Available,
    long Frozen,
    long Total,
    bool Unlimited);

/// <summary>
/// What <c>export</c> delivered (<c>status</c> "exported"), or, when the render outlived the call's
/// wait, how far it is (<c>status</c> "rendering": call export again to collect it; size and facts are then null).
/// </summary>
public sealed record ExportOutput(
    string SessionId,
    string Status,
    string? RenderId,
    int Progress,
    bool Reused,
    string Path,
    string Link,
    long? SizeBytes,
    string? RemoteUrl,
    string? ProjectLink,
    double? DurationSeconds = null,
    int? Width = null,
    int? Height = null,
    string? PreviewPath = null);

/// <summary>
/// What <c>generate_or_edit</c> did: which action the words were routed to, and that action's result
/// (a reply and timeline changes for an edit; the other tools' outputs for the rest). <c>status</c>:
/// "done"; "not_sent" when the user declined to spend the credits it would cost (nothing was sent
/// or spent); "working" when the agent was still at it when the call's wait ran out (call
/// generate_or_edit or get_state again to collect the reply). <c>credits</c> is the balance after
/// a turn that can spend credits.
/// </summary>
public sealed record GenerateOrEditOutput(
    string Action,
    string? SessionId,
    string? Reply,
    IReadOnlyList<string>? Changes,
    string? Timeline,
    string? SuggestedNext,
    StateOutput? State,
    CreditsOutput? Credits,
    ExportOutput? Export,
    string Status = GenerateOrEditOutput.Done)
{
    public const string Done = "done";
    public const string NotSent = "not_sent";
    public const string Working = "working";
}
