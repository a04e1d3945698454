using JanitorVideo.Core.Errors;

namespace JanitorVideo.Studio.Http;

/// <summary>
/// The HTTP status and envelope <c>code</c> of every error kind. The catalogue gives the protocol's
/// codes (1001…4002) and the HTTP statuses the reference names (400, 402, 429); this adds the HTTP
/// status the studio answers with for the rest. Statuses never reuse 400, 402 or 429 for another
/// meaning, because clients read those as the reference's.
/// </summary>
public static class ApiErrorStatus
{
    /// <summary>A render id that is already taken (the protocol says it is refused; it names no status).</summary>
    public const int DuplicateRenderId = 409;

    private static readonly Dictionary<ErrorKind, int> StudioStatuses = new()
    {
        [ErrorKind.TokenInvalid] = 401,
        [ErrorKind.SessionNotFound] = 404,
        [ErrorKind.OutOfCredits] = 403,
        [ErrorKind.UnsupportedFileType] = 415,
        [ErrorKind.FileTooLarge] = 413,
        [ErrorKind.NoBackend] = 503,
        [ErrorKind.BackendUnreachable] = 502,
        [ErrorKind.Timeout] = 504,
        [ErrorKind.InvalidInput] = 422,
        [ErrorKind.NotFound] = 404,
        [ErrorKind.NothingToExport] = 422,
        [ErrorKind.RenderFailed] = 500,
        // Insufficient Storage: what is kept for the caller (projects, bytes) or the disk is full.
        [ErrorKind.QuotaExceeded] = 507,
        [ErrorKind.Unexpected] = 500,
    };

    /// <summary>The HTTP status for <paramref name="kind"/>.</summary>
    public static int HttpStatus(ErrorKind kind) => ErrorCatalogue.For(kind).HttpStatus ?? StudioStatuses[kind];

    /// <summary>The envelope's <c>code</c>: the protocol's code, or the HTTP status for kinds without one.</summary>
    public static int Code(ErrorKind kind) => ErrorCatalogue.For(kind).ApiCode ?? HttpStatus(kind);
}
