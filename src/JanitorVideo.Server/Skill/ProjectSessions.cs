using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Server.Skill;

/// <summary>
/// Which project session each MCP client is working on. A client's first call creates its
/// project; a <c>session_id</c> argument switches to (or resumes) another, for batch work.
/// Clients are told apart by their MCP session (one per stdio process, one per HTTP session).
/// </summary>
public sealed partial class ProjectSessions(IVideoBackend backend, Hosting.ClientNotices? notices = null)
{
    private readonly ConcurrentDictionary<string, ClientProjects> _clients = new(StringComparer.Ordinal);

    // Where a person can open each project, as the backend said when it made it (the cloud's web app; the studio has none).
    private readonly ConcurrentDictionary<string, Uri> _links = new(StringComparer.Ordinal);

    /// <summary>The project to act on, and whether it was created by this call.</summary>
    public sealed record Resolved(string SessionId, bool IsNew, string? ReplacedSessionId)
    {
        /// <summary>Where a person can open the project, when the backend has a web app.</summary>
        public Uri? ProjectLink { get; init; }

        /// <summary>What the user must be told first when their project was gone and a new one started; else empty.</summary>
        public string Notice => ReplacedSessionId is { } gone
            ? $"Project {gone} no longer exists on the video service, so the project restarted as {SessionId} (uploads and edits made before are not in it). "
            : "";
    }

    public async Task<Resolved> ResolveAsync(string clientKey, string? requestedSessionId, string language, CancellationToken cancellationToken)
    {
        var projects = _clients.GetOrAdd(clientKey, _ => new ClientProjects());
        await projects.Gate.WaitAsync(cancellationToken);
        try
        {
            if (requestedSessionId is not null)
            {
                // A project that was lost and restarted is reached by its old id too.
                var requested = projects.Follow(Validate(requestedSessionId));
                var session = await backend.EnsureSessionAsync(requested, language, cancellationToken);
                projects.Use(session.SessionId);
                var replaced = session.SessionId == requested ? null : requested;
                return new Resolved(session.SessionId, replaced is not null, replaced) { ProjectLink = Link(session) };
            }
            if (projects.Current is { } current)
            {
                return new Resolved(current, false, null) { ProjectLink = _links.GetValueOrDefault(current) };
            }
            var created = await backend.CreateSessionAsync(language, cancellationToken);
            projects.Use(created.SessionId);
            return new Resolved(created.SessionId, true, null) { ProjectLink = Link(created) };
        }
        finally
        {
            projects.Gate.Release();
        }
    }

    /// <summary>
    /// The project <see cref="ResolveAsync"/> would pick, when that is known without asking the
    /// backend (a named project, followed past a restart, or the client's current one); else null.
    /// </summary>
    public string? Peek(string clientKey, string? requestedSessionId)
    {
        if (!_clients.TryGetValue(clientKey, out var projects))
        {
            return requestedSessionId is null ? null : Validate(requestedSessionId);
        }

        return requestedSessionId is null ? projects.Current : projects.Follow(Validate(requestedSessionId));
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the client's project (as <see cref="ResolveAsync"/> picks it).
    /// When the backend says the project no longer exists (1002), a new one takes its place and the
    /// work runs once more there; its answer, or its error, then starts by saying the project restarted.
    /// </summary>
    /// <param name="repeatable">Whether the work may run again after it failed so (a message already sent may not); always when left out.</param>
    public async Task<T> WithProjectAsync<T>(string clientKey, string? requestedSessionId, string language,
        Func<Resolved, Task<T>> work, CancellationToken cancellationToken, Func<bool>? repeatable = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var session = await ResolveAsync(clientKey, requestedSessionId, language, cancellationToken);
        try
        {
            return await work(session);
        }
        catch (VideoBackendException e) when (e.Kind == ErrorKind.SessionNotFound && repeatable?.Invoke() == false)
        {
            throw new VideoBackendException(ErrorKind.SessionNotFound,
                $"Project {session.SessionId} was lost on the video service after your request reached it, so the request was not sent again (it would be done twice). Start again with upload; a new project is made for you.",
                e.Detail, e);
        }
        catch (VideoBackendException e) when (e.Kind == ErrorKind.SessionNotFound)
        {
            var restarted = await RestartAsync(clientKey, session.SessionId, language, cancellationToken);
            try
            {
                return await work(restarted);
            }
            catch (VideoBackendException again)
            {
                throw new VideoBackendException(again.Kind, restarted.Notice + again.Message, again.Detail, again);
            }
        }
    }

    /// <summary>A new project in place of <paramref name="gone"/>; if another call already replaced it, that one.</summary>
    private async Task<Resolved> RestartAsync(string clientKey, string gone, string language, CancellationToken cancellationToken)
    {
        var projects = _clients.GetOrAdd(clientKey, _ => new ClientProjects());
        await projects.Gate.WaitAsync(cancellationToken);
        try
        {
            if (projects.Follow(gone) is var already && already != gone)
            {
                return new Resolved(already, false, gone) { ProjectLink = _links.GetValueOrDefault(already) };
            }

            var created = await backend.CreateSessionAsync(language, cancellationToken);
            projects.Replace(gone, created.SessionId);
            notices?.Tell(Microsoft.Extensions.Logging.LogLevel.Warning, $"Project {gone} no longer exists on the video service; it restarted as {created.SessionId}.");
            return new Resolved(created.SessionId, true, gone) { ProjectLink = Link(created) };
        }
        finally
        {
            projects.Gate.Release();
        }
    }

    private Uri? Link(BackendSession session)
    {
        if (session.ProjectLink is { } link)
        {
            _links[session.SessionId] = link;
        }

        return _links.GetValueOrDefault(session.SessionId);
    }

    /// <summary>The sessions a client has used, most recent first (for completions and resource listings).</summary>
    public IReadOnlyList<string> Known(string clientKey) =>
        _clients.TryGetValue(clientKey, out var projects) ? projects.Snapshot() : [];

    /// <summary>Checks a session id's shape before it reaches a backend or a URL.</summary>
    public static string Validate(string sessionId)
    {
        var trimmed = sessionId.Trim();
        return SessionIdShape().IsMatch(trimmed)
            ? trimmed
            : throw new VideoBackendException(ErrorKind.InvalidInput,
                "session_id must be the id a previous result returned (letters, digits, '-', '_' or '.', at most 128 characters). Leave it out to use your current project.");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex SessionIdShape();

    private sealed class ClientProjects
    {
        private readonly List<string> _order = [];

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string? Current { get; private set; }

        public void Use(string sessionId)
        {
            lock (_order)
            {
                _order.Remove(sessionId);
                _order.Insert(0, sessionId);
                Current = sessionId;
            }
        }

        private readonly Dictionary<string, string> _replacements = new(StringComparer.Ordinal);

        /// <summary>Makes <paramref name="replacement"/> current in place of the lost <paramref name="gone"/>, which is no longer listed.</summary>
        public void Replace(string gone, string replacement)
        {
            lock (_order)
            {
                _order.Remove(gone);
                _replacements[gone] = replacement;
            }

            Use(replacement);
        }

        /// <summary><paramref name="sessionId"/>, or the project that took its place (and the one that took that one's…).</summary>
        public string Follow(string sessionId)
        {
            lock (_order)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (_replacements.TryGetValue(sessionId, out var next) && seen.Add(sessionId))
                {
                    sessionId = next;
                }

                return sessionId;
            }
        }

        public IReadOnlyList<string> Snapshot()
        {
            lock (_order)
            {
                return [.. _order];
            }
        }
    }
}
