namespace JanitorVideo.Core.Errors;

/// <summary>
/// One row of the error catalogue: the protocol's code (API <c>code</c> or HTTP status) if it has
/// one, what it means, what the server does about it, and what the user is told.
/// </summary>
/// <param name="UserMessage">
/// Plain words for the user. May hold <c>{formats}</c>, <c>{link}</c> placeholders that
/// <see cref="ErrorCatalogue.Explain"/> fills in.
/// </param>
public sealed record ErrorEntry(
    ErrorKind Kind,
    int? ApiCode,
    int? HttpStatus,
    string Meaning,
    RecoveryAction Recovery,
    string UserMessage);
