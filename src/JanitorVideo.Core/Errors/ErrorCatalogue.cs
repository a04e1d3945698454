using JanitorVideo.Core.Media;

namespace JanitorVideo.Core.Errors;

/// <summary>
/// The reference's error table as data, plus this product's own errors: code → meaning → what the
/// server does → what the user reads. One interpreter (<see cref="Explain"/>) fills in details.
/// </summary>
public static class ErrorCatalogue
{
    /// <summary>The API code that means success.</summary>
    public const int Success = 0;

    public static IReadOnlyList<ErrorEntry> Entries { get; } =
    [
        new(ErrorKind.TokenInvalid, 1001, null, "token invalid or expired", RecoveryAction.Reauthenticate,
            "The video service no longer accepts this sign-in. Set a valid NEMO_TOKEN, or unset it to use a free starter token."),
        new(ErrorKind.SessionNotFound, 1002, null, "session not found", RecoveryAction.NewSession,
            "That project no longer exists on the video service. Start again with upload; a new project is created for you."),
        new(ErrorKind.OutOfCredits, 2001, null, "out of credits", RecoveryAction.Report,
            "You are out of credits for generating and editing. {link}"),
        new(ErrorKind.UnsupportedFileType, 4001, null, "unsupported file type", RecoveryAction.Report,
            "That file type is not supported. Accepted: {formats}."),
        new(ErrorKind.FileTooLarge, 4002, null, "file too large (over 200 MB)", RecoveryAction.Report,
            "That file is over the 200 MB limit. Compress it, resize it or trim it, then upload it again."),
        new(ErrorKind.MissingClientId, null, 400, "missing X-Client-Id", RecoveryAction.CreateClientId,
            "The video service asked for a client id. One has been created; try again."),
        new(ErrorKind.ExportBlockedByPlan, null, 402, "export blocked on the free plan (tier, not credits)", RecoveryAction.Report,
            "Exporting is not included in the current free plan (this is the subscription tier, not your credits). Register or upgrade to export. {link}"),
        new(ErrorKind.RateLimited, null, 429, "rate limited", RecoveryAction.WaitAndRetryOnce,
            "The video service is busy and asked us to slow down. Wait a minute and try again."),
        new(ErrorKind.NoBackend, null, null, "no backend configured", RecoveryAction.Report,
            "No video backend could start here. Run `janitor-video doctor` to see why and how to fix it."),
        new(ErrorKind.BackendUnreachable, null, null, "backend unreachable", RecoveryAction.Report,
            "The video service could not be reached. Check the network or NEMO_API_URL, or use the embedded studio (JANITOR_BACKEND=studio)."),
        new(ErrorKind.Timeout, null, null, "no answer in time", RecoveryAction.Report,
            "The video service stopped answering. Your project is kept; ask for the state, then try again."),
        new(ErrorKind.InvalidInput, null, null, "bad input", RecoveryAction.Report,
            "That request could not be used."),
        new(ErrorKind.NotFound, null, null, "not found", RecoveryAction.Report,
            "That could not be found."),
        new(ErrorKind.NothingToExport, null, null, "draft not ready for export", RecoveryAction.Report,
            "There is nothing to export yet: the timeline is empty. Upload an image and ask for an animation first."),
        new(ErrorKind.RenderFailed, null, null, "render failed", RecoveryAction.Report,
            "The video could not be rendered. Your timeline is kept; try export again."),
        new(ErrorKind.QuotaExceeded, null, null, "storage quota reached", RecoveryAction.Report,
            "The video service keeps no more projects or files for you right now. Older projects are removed after a while; try again later."),
        new(ErrorKind.Unexpected, null, null, "unexpected failure", RecoveryAction.Report,
            "Something went wrong on our side. Your project is kept; try again, and check the log if it repeats."),
    ];

    private static readonly Dictionary<ErrorKind, ErrorEntry> ByKind = Entries.ToDictionary(e => e.Kind);
    private static readonly Dictionary<int, ErrorEntry> ByApiCode =
        Entries.Where(e => e.ApiCode is not null).ToDictionary(e => e.ApiCode!.Value);
    private static readonly Dictionary<int, ErrorEntry> ByHttpStatus =
        Entries.Where(e => e.HttpStatus is not null).ToDictionary(e => e.HttpStatus!.Value);

    public static ErrorEntry For(ErrorKind kind) => ByKind[kind];

    /// <summary>The entry for an envelope's <c>code</c>; null for 0 (success). Unknown codes are <see cref="ErrorKind.Unexpected"/>.</summary>
    public static ErrorEntry? FromApiCode(int code) =>
        code == Success ? null : ByApiCode.GetValueOrDefault(code, ByKind[ErrorKind.Unexpected]);

    /// <summary>The entry for an HTTP status that the reference gives a meaning; null for others.</summary>
    public static ErrorEntry? FromHttpStatus(int status) => ByHttpStatus.GetValueOrDefault(status);

    /// <summary>
    /// What the user reads for an error: the catalogue's words with the details filled in.
    /// <paramref name="link"/> is a registration or top-up link (2001, 402); when absent the sentence is dropped.
    /// </summary>
    public static string Explain(ErrorKind kind, string? link = null)
    {
        var message = ByKind[kind].UserMessage.Replace("{formats}", MediaFormats.AcceptedList, StringComparison.Ordinal);
        var linkSentence = (kind, link) switch
        {
            (ErrorKind.OutOfCredits, null) => "Top up your account to continue; exporting stays free.",
            (ErrorKind.OutOfCredits, _) => $"Register to get more: {link}",
            (_, null) => "",
            _ => $"Link: {link}",
        };
        return message.Replace("{link}", linkSentence, StringComparison.Ordinal).TrimEnd();
    }
}
