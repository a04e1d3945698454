using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>Loads one font file, with messages that name the file when it cannot be used.</summary>
internal static class FontFile
{
    private const string PreferredCollectionFace = " SC";
    private const int MaxCollectionFaces = 64;

    /// <summary>The typeface in <paramref name="path"/>; for a collection, its Simplified Chinese face when present, else its first.</summary>
    public static SKTypeface Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new RenderInputException("A font file path is empty: name a .ttf, .otf or .ttc file.");
        }

        if (!File.Exists(path))
        {
            throw new RenderInputException($"The font file '{path}' does not exist. Check the path, or install the font.");
        }

        bool collection;
        try
        {
            collection = IsCollection(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new RenderInputException($"The font file '{path}' cannot be read ({error.Message}). Check that it is readable.", error);
        }

        var face = collection ? PickFromCollection(path) : SKTypeface.FromFile(path);
        if (face is null || face.GlyphCount == 0)
        {
            face?.Dispose();
            throw new RenderInputException(
                $"The file '{path}' is not a usable font (expected TrueType .ttf, OpenType .otf or a .ttc collection). " +
                "Point to a real font file, or reinstall the font.");
        }

        return face;
    }

    private static bool IsCollection(string path)
    {
        Span<byte> tag = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(tag, 4, throwOnEndOfStream: false) == 4 && tag.SequenceEqual("ttcf"u8);
    }

    // Noto Sans CJK ships one .ttc with Japanese, Korean, Simplified and Traditional Chinese faces
    // (and monospaced ones); the product speaks Simplified Chinese, so its glyph forms win.
    private static SKTypeface? PickFromCollection(string path)
    {
        SKTypeface? first = null;
        for (var index = 0; index < MaxCollectionFaces; index++)
        {
            var face = SKTypeface.FromFile(path, index);
            if (face is null)
            {
                break;
            }

            var name = face.FamilyName;
            if (name.EndsWith(PreferredCollectionFace, StringComparison.Ordinal) && !name.Contains("Mono", StringComparison.Ordinal))
            {
                first?.Dispose();
                return face;
            }

            if (first is null)
            {
                first = face;
            }
            else
            {
                face.Dispose();
            }
        }

        return first;
    }
}
