using SkiaSharp;

namespace JanitorVideo.Render.Text;

/// <summary>
/// The fonts text layers are drawn with, in fallback order: each character is drawn with the
/// first family that has a glyph for it, so "The Druid 德鲁伊" takes its Latin from DejaVu Sans and
/// its Han from Noto Sans CJK. Characters no font has (most emoji) are left out rather than drawn
/// as empty boxes. Typefaces are immutable, so one catalog serves every render thread.
/// </summary>
public sealed class FontCatalog
{
    private static readonly Lock SystemLock = new();
    private static FontCatalog? system;

    private readonly IReadOnlyList<FontFamilyFaces> _families;

    private FontCatalog(IReadOnlyList<FontFamilyFaces> families) => _families = families;

    /// <summary>The family names, in fallback order.</summary>
    public IReadOnlyList<string> FamilyNames => _families.Select(family => family.FamilyName).ToArray();

    /// <summary>
    /// The installed system fonts (DejaVu Sans, then Noto Sans CJK), loaded once per process.
    /// Throws <see cref="RenderInputException"/> with install advice when neither is usable.
    /// </summary>
    public static FontCatalog Load()
    {
        lock (SystemLock)
        {
            // Only success is kept, so installing the fonts fixes a running server.
            return system ??= Load(SystemFonts.Folders, askFontManager: true);
        }
    }

    /// <summary>
    /// A catalog of the given font files (.ttf, .otf, or a .ttc collection, whose Simplified Chinese
    /// face is taken when it has one), in fallback order; regular and bold files of one family pair up.
    /// Throws <see cref="RenderInputException"/> naming the file when one is missing or not a font.
    /// </summary>
    public static FontCatalog FromFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var faces = paths.Select(path => new FontFace(FontFile.Load(path))).ToArray();
        if (faces.Length == 0)
        {
            throw new RenderInputException("No font files were given: name at least one .ttf, .otf or .ttc file.");
        }

        return new FontCatalog(FontFamilyFaces.Group(faces));
    }

    /// <summary>
    /// The typeface to draw <paramref name="codepoint"/> with: the first family that has it, in the
    /// asked-for weight when the family has that weight. When no font has it, the first family's
    /// face; check <see cref="HasGlyph"/> first to avoid drawing a missing-glyph box.
    /// </summary>
    public SKTypeface ForCodepoint(int codepoint, bool bold) => FaceFor(codepoint, bold).Typeface;

    /// <summary>Whether any font in the catalog can draw <paramref name="codepoint"/>.</summary>
    public bool HasGlyph(int codepoint) => _families.Any(family => family.FaceFor(codepoint, bold: false) is not null);

    /// <summary>The face for <paramref name="codepoint"/>, as <see cref="ForCodepoint"/> chooses it.</summary>
    internal FontFace FaceFor(int codepoint, bool bold)
    {
        foreach (var family in _families)
        {
            var face = family.FaceFor(codepoint, bold);
            if (face is not null)
            {
                return face;
            }
        }

        return bold ? _families[0].Bold ?? _families[0].Regular : _families[0].Regular;
    }

    /// <summary>The catalog of the wanted families found in <paramref name="folders"/> (and, when asked, through Skia's font manager).</summary>
    internal static FontCatalog Load(IReadOnlyList<string> folders, bool askFontManager)
    {
        var faces = new List<FontFace>();
        foreach (var wanted in SystemFonts.Wanted)
        {
            faces.AddRange(FindFaces(wanted, folders, askFontManager));
        }

        if (faces.Count == 0)
        {
            throw new RenderInputException("No usable fonts were found for titles and captions. " + SystemFonts.InstallAdvice);
        }

        return new FontCatalog(FontFamilyFaces.Group(faces));
    }

    private static List<FontFace> FindFaces(SystemFont wanted, IReadOnlyList<string> folders, bool askFontManager)
    {
        var found = new List<FontFace>();
        foreach (var files in new[] { wanted.RegularFiles, wanted.BoldFiles })
        {
            var face = FirstLoadable(files, folders);
            if (face is not null)
            {
                found.Add(face);
            }
        }

        if (found.Count == 0 && askFontManager)
        {
            found.AddRange(FromFontManager(wanted.FamilyName));
        }

        return found;
    }

    private static FontFace? FirstLoadable(IReadOnlyList<string> fileNames, IReadOnlyList<string> folders)
    {
        foreach (var folder in folders)
        {
            foreach (var name in fileNames)
            {
                var path = Path.Combine(folder, name);
                if (!File.Exists(path))
                {
                    continue;
                }

                try
                {
                    return new FontFace(FontFile.Load(path));
                }
                catch (RenderInputException)
                {
                    // A damaged system font is skipped; another copy or family may still serve.
                }
            }
        }

        return null;
    }

    private static IEnumerable<FontFace> FromFontManager(string familyName)
    {
        foreach (var style in new[] { SKFontStyle.Normal, SKFontStyle.Bold })
        {
            var face = SKFontManager.Default.MatchFamily(familyName, style);
            // Some font managers answer with a default face for an unknown family.
            if (face is not null && string.Equals(face.FamilyName, familyName, StringComparison.OrdinalIgnoreCase))
            {
                yield return new FontFace(face);
            }
        }
    }
}
