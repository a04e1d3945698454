using JanitorVideo.Core.Backend;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Store;

/// <summary>
/// The studio's memory: one SQLite database (<c>studio.db</c>) in <see cref="Folder"/>, with media
/// and rendered clips as files beside it. Every write is one transaction; nothing is lost on a restart.
/// </summary>
public sealed class StudioStore : IDisposable
{
    private StudioStore(string folder) => Folder = folder;

    /// <summary>The folder holding <c>studio.db</c>, <c>media/</c> and <c>renders/</c>.</summary>
    public string Folder { get; }

    /// <summary>Opens (creating or upgrading) the store in <paramref name="folder"/>.</summary>
    public static StudioStore Open(string folder, TimeProvider? time = null) => throw new NotImplementedException();

    /// <summary>A full path for a path relative to <see cref="Folder"/>; refuses anything that would leave it.</summary>
    public string Resolve(string relativePath) => throw new NotImplementedException();

    // Users and tokens

    /// <summary>The machine's own user (in-process studio): created once, never expires.</summary>
    public StudioUser LocalUser() => throw new NotImplementedException();

    /// <summary>Issues an anonymous token for <paramref name="clientId"/> and grants <paramref name="credits"/>.</summary>
    public IssuedToken IssueToken(string clientId, TimeSpan lifetime, long credits) => throw new NotImplementedException();

    /// <summary>The user a token belongs to (expired or not: the caller decides), or null for an unknown token.</summary>
    public StudioUser? FindUserByToken(string token) => throw new NotImplementedException();

    // Sessions and drafts

    /// <summary>A new session with draft version 0 (the empty draft).</summary>
    public SessionRecord CreateSession(string userId, string language) => throw new NotImplementedException();

    public SessionRecord? FindSession(string sessionId) => throw new NotImplementedException();

    public IReadOnlyList<SessionRecord> Sessions(string userId) => throw new NotImplementedException();

    /// <summary>The draft as it stands (the head version).</summary>
    public DraftVersion CurrentDraft(string sessionId) => throw new NotImplementedException();

    /// <summary>Saves an edit as the new head; versions that were undone are dropped (no redo past a new edit).</summary>
    public DraftVersion SaveDraft(string sessionId, Draft draft, string cause) => throw new NotImplementedException();

    /// <summary>Moves the head one version back; null when at version 0.</summary>
    public DraftVersion? Undo(string sessionId) => throw new NotImplementedException();

    /// <summary>Moves the head one version forward again; null when nothing was undone.</summary>
    public DraftVersion? Redo(string sessionId) => throw new NotImplementedException();

    /// <summary>Every kept version, oldest first.</summary>
    public IReadOnlyList<DraftVersion> History(string sessionId) => throw new NotImplementedException();

    // Media

    /// <summary>Records a file of a session. The bytes must already be at <see cref="MediaRecord.StoredPath"/>.</summary>
    public MediaRecord AddMedia(MediaRecord media) => throw new NotImplementedException();

    public MediaRecord? FindMedia(string mediaId) => throw new NotImplementedException();

    /// <summary>The session's file with these bytes, if it has one.</summary>
    public MediaRecord? FindMediaByHash(string sessionId, string hash) => throw new NotImplementedException();

    /// <summary>Any record of these bytes in any session (so the bytes are stored once).</summary>
    public MediaRecord? FindAnyMediaByHash(string hash) => throw new NotImplementedException();

    /// <summary>The session's files, oldest first.</summary>
    public IReadOnlyList<MediaRecord> Media(string sessionId) => throw new NotImplementedException();

    // Renders

    /// <summary>Adds a job; false when the id is already taken (by anyone).</summary>
    public bool TryAddRender(RenderRecord render) => throw new NotImplementedException();

    public void UpdateRender(string renderId, RenderStatus status, int progress, string? outputPath = null, string? error = null, DateTimeOffset? completedAt = null) =>
        throw new NotImplementedException();

    public RenderRecord? FindRender(string renderId) => throw new NotImplementedException();

    /// <summary>Pending and processing jobs, oldest first (what a restart must pick up).</summary>
    public IReadOnlyList<RenderRecord> UnfinishedRenders() => throw new NotImplementedException();

    // Credits

    public LedgerBalance Balance(string userId) => throw new NotImplementedException();

    /// <summary>Adds (grant) or removes (spend) credits, with the reason kept in the ledger.</summary>
    public void Post(string userId, long amount, string reason, string? reference = null) => throw new NotImplementedException();

    /// <summary>Freezes <paramref name="amount"/> under <paramref name="reference"/> when that much is available.</summary>
    public bool TryReserve(string userId, long amount, string reference) => throw new NotImplementedException();

    /// <summary>Turns a reservation into a spend.</summary>
    public void Settle(string reference) => throw new NotImplementedException();

    /// <summary>Gives a reservation back.</summary>
    public void Release(string reference) => throw new NotImplementedException();

    public void Dispose()
    {
    }
}
