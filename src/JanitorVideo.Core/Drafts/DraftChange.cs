namespace JanitorVideo.Core.Drafts;

/// <summary>One change between two drafts, described in words a user understands.</summary>
/// <param name="Kind">What kind of change it is.</param>
/// <param name="Description">The change in plain words, such as <c>Title added: "Paradise Found" (0-3s)</c>.</param>
public sealed record DraftChange(DraftChangeKind Kind, string Description)
{
    /// <summary>The <see cref="Description"/>.</summary>
    public override string ToString() => Description;
}
