namespace JanitorVideo.Core.Backend;

/// <summary>The upload answer: what was stored, and whether the session's state already uses it.</summary>
public sealed record UploadResult(IReadOnlyList<UploadedMedia> Files, bool SessionStateApplied);

/// <summary>One stored file, with what the backend measured (the reference's <c>data.files[]</c>).</summary>
public sealed record UploadedMedia(
    string FileName,
    string FileType,
    Uri? CdnUrl,
    double? DurationSeconds,
    int? Width,
    int? Height,
    double? Fps,
    string? Hash);
