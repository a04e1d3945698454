namespace JanitorVideo.Render.Mp4;

/// <summary>Box types and sample entry names: four bytes, shown as text.</summary>
internal static class FourCharacterCode
{
    /// <summary>
    /// The four bytes as text; a byte outside printable ASCII becomes '?', so a hostile file cannot
    /// put control characters into a codec name or a log line.
    /// </summary>
    public static string Name(ReadOnlySpan<byte> code)
    {
        Span<char> text = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            var c = (char)code[i];
            text[i] = c is >= ' ' and <= '~' ? c : '?';
        }

        return new string(text);
    }
}
