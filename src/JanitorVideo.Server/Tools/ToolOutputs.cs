using System.Text.Json.Serialization;

namespace JanitorVideo.Server.Tools;

// The structured content of each tool's result. Property names are fixed here (snake_case, as the
// tools' parameters are) so the advertised output schema and the JSON sent always agree.

/// <summary>What <c>upload</c> stored.</summary>
public sealed record UploadOutput(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("files")] IReadOnlyList<UploadedFileOutput> Files,
    [property: JsonPropertyName("message")] string Message);

public sealed record UploadedFileOutput(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height,
    [property: JsonPropertyName("duration_seconds")] double? DurationSeconds,
    [property: JsonPropertyName("url")] string? Url);

/// <summary>What <c>get_state</c> reports: the timeline in words and whether it can be exported.</summary>
public sealed record StateOutput(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("timeline")] string Timeline,
    [property: JsonPropertyName("tracks")] IReadOnlyList<string> Tracks,
    [property: JsonPropertyName("duration_seconds")] double? DurationSeconds,
    [property: JsonPropertyName("ready_for_export")] bool ReadyForExport);

/// <summary>What <c>get_credits</c> reports.</summary>
public sealed record CreditsOutput(
    [property: JsonPropertyName("available")] long Available,
    [property: JsonPropertyName("frozen")] long Frozen,
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("unlimited")] bool Unlimited);

/// <summary>What <c>export</c> delivered.</summary>
public sealed record ExportOutput(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("render_id")] string RenderId,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("link")] string Link,
    [property: JsonPropertyName("size_bytes")] long SizeBytes,
    [property: JsonPropertyName("remote_url")] string? RemoteUrl,
    [property: JsonPropertyName("project_link")] string? ProjectLink,
    [property: JsonPropertyName("duration_seconds")] double? DurationSeconds = null,
    [property: JsonPropertyName("width")] int? Width = null,
    [property: JsonPropertyName("height")] int? Height = null,
    [property: JsonPropertyName("preview_path")] string? PreviewPath = null);

/// <summary>
/// What <c>generate_or_edit</c> did: which action the words were routed to, and that action's result
/// (a reply and timeline changes for an edit; the other tools' outputs for the rest).
/// </summary>
public sealed record GenerateOrEditOutput(
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("session_id")] string? SessionId,
    [property: JsonPropertyName("reply")] string? Reply,
    [property: JsonPropertyName("changes")] IReadOnlyList<string>? Changes,
    [property: JsonPropertyName("timeline")] string? Timeline,
    [property: JsonPropertyName("suggested_next")] string? SuggestedNext,
    [property: JsonPropertyName("state")] StateOutput? State,
    [property: JsonPropertyName("credits")] CreditsOutput? Credits,
    [property: JsonPropertyName("export")] ExportOutput? Export);

/// <summary>The structured content of a failed call: what went wrong, in words and as a stable kind.</summary>
public sealed record ErrorOutput(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("action")] string? Action);
