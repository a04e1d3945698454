namespace JanitorVideo.Core.Translation;

/// <summary>One sentence of a reply line, with the spaces after it and what translation made of it.</summary>
internal sealed class ReplySentence(string text, string trailing)
{
    /// <summary>The sentence as written, with its closing punctuation.</summary>
    public string Text { get; } = text;

    /// <summary>The spaces between this sentence and the next.</summary>
    public string Trailing { get; } = trailing;

    /// <summary>The content kept when a GUI tail was cut off; null while the sentence is untouched.</summary>
    public string? Replacement { get; set; }

    /// <summary>True when the whole sentence goes.</summary>
    public bool Removed { get; set; }

    public bool Changed => Removed || Replacement is not null;
}
