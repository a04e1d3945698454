namespace JanitorVideo.Studio.Agent;

/// <summary>One text the words add, change or remove.</summary>
internal sealed class TextSketch(TextSketchKind kind, string? style, string? text, int clause)
{
    public TextSketchKind Kind { get; } = kind;

    public string? Style { get; } = style;

    public string? Text { get; } = text;

    /// <summary>The clause it was named in: time ranges and placements attach to a text of their clause first.</summary>
    public int Clause { get; } = clause;

    public double? Start { get; set; }

    public double? End { get; set; }

    public string? Placement { get; set; }

    public bool IsTimed => Start is not null || End is not null;
}
