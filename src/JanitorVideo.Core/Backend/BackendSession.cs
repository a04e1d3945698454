namespace JanitorVideo.Core.Backend;

/// <summary>A project session on a backend.</summary>
/// <param name="SessionId">The id every later call names.</param>
/// <param name="TaskId">The backend's task id, when it has one (the cloud's project link needs it).</param>
/// <param name="ProjectLink">Where a person can open the project, when the backend has a web app.</param>
public sealed record BackendSession(string SessionId, string? TaskId, Uri? ProjectLink);
