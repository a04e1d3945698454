namespace JanitorVideo.Render.Compose;

/// <summary>An opaque layer drawn later over every pixel of a span of each output row: what lies beneath need not be drawn.</summary>
public interface IRowCover
{
    /// <summary>Output columns <c>[from, to)</c> of row <paramref name="y"/> that will be covered; an empty span when none are.</summary>
    void Covered(int y, out int from, out int to);
}
