namespace JanitorVideo.Core.Errors;

/// <summary>What the server does on its own when an error arrives, before anything reaches the user.</summary>
public enum RecoveryAction
{
    /// <summary>Nothing to recover: report the error.</summary>
    Report,

    /// <summary>Get a new anonymous token with the same client id, then retry the call once.</summary>
    Reauthenticate,

    /// <summary>Create a new session, then retry the call once.</summary>
    NewSession,

    /// <summary>Create and persist a client id, then retry.</summary>
    CreateClientId,

    /// <summary>Wait (30 s by the reference), then retry once.</summary>
    WaitAndRetryOnce,
}
