namespace JanitorVideo.Core.Errors;

/// <summary>
/// Every failure the product can meet, whatever backend reported it. The reference's codes map onto
/// the first eight; the rest are this product's own.
/// </summary>
public enum ErrorKind
{
    TokenInvalid,
    SessionNotFound,
    OutOfCredits,
    UnsupportedFileType,
    FileTooLarge,
    MissingClientId,
    ExportBlockedByPlan,
    RateLimited,
    NoBackend,
    BackendUnreachable,
    Timeout,
    InvalidInput,
    NotFound,
    NothingToExport,
    RenderFailed,
    QuotaExceeded,
    Unexpected,
}
