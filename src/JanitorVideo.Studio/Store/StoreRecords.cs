using JanitorVideo.Render.Framing;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Store;

/// <summary>Who is calling: an anonymous token's user, or the machine's own user when the studio runs in-process.</summary>
/// <param name="ExpiresAt">When the token stops working; null for the local user.</param>
public sealed record StudioUser(string UserId, string? ClientId, DateTimeOffset? ExpiresAt);

/// <summary>A token just issued: the only time its plain text exists (the store keeps a hash).</summary>
public sealed record IssuedToken(string Token, StudioUser User);

/// <summary>A project session, owned by one user.</summary>
public sealed record SessionRecord(string SessionId, string TaskId, string UserId, string Language, DateTimeOffset CreatedAt);

/// <summary>One version of a session's draft. Version 0 is the empty draft a session starts with.</summary>
public sealed record DraftVersion(string SessionId, int Version, Draft Draft, string Cause, DateTimeOffset CreatedAt);

/// <summary>One file of a session's media library.</summary>
/// <param name="MediaId">What draft segments point at in <c>src</c> ("m_" and 10 hex).</param>
/// <param name="Kind">"image", "video" or "audio".</param>
/// <param name="FileName">The sanitised name it was uploaded under.</param>
/// <param name="StoredPath">Path of the bytes, relative to the store's folder (shared by every record with this hash).</param>
/// <param name="Hash">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="ThumbnailPath">A small JPEG, relative to the store's folder; null when none could be made.</param>
/// <param name="Framing">A still picture's subject, as found at upload; null for other media and for files kept before it was found.</param>
public sealed record MediaRecord(
    string MediaId,
    string SessionId,
    string Kind,
    string FileName,
    string Format,
    string StoredPath,
    string Hash,
    long Bytes,
    int? Width,
    int? Height,
    double? DurationSeconds,
    double? Fps,
    int? FrameCount,
    string? ThumbnailPath,
    DateTimeOffset AddedAt,
    FramingFacts? Framing = null);

/// <summary>A render job as stored.</summary>
/// <param name="OutputPath">The finished MP4, relative to the store's folder; null until completed.</param>
public sealed record RenderRecord(
    string RenderId,
    string SessionId,
    string UserId,
    Draft Draft,
    string Quality,
    RenderStatus Status,
    int Progress,
    string? OutputPath,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);

/// <summary>A user's credits: what can be spent and what running work has reserved.</summary>
public sealed record LedgerBalance(long Available, long Frozen);
