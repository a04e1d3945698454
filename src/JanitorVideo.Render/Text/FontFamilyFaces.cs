namespace JanitorVideo.Render.Text;

/// <summary>One family in a <see cref="FontCatalog"/>: its upright face and, when present, its bold face.</summary>
internal sealed record FontFamilyFaces(string FamilyName, FontFace Regular, FontFace? Bold)
{
    /// <summary>
    /// The face to use for <paramref name="codepoint"/>, or null when the family lacks it. The
    /// asked-for weight comes first; the other weight stands in when only it has the glyph
    /// (DejaVu Sans Bold covers less than the regular face), and the renderer emboldens it.
    /// </summary>
    public FontFace? FaceFor(int codepoint, bool bold)
    {
        var preferred = bold ? Bold ?? Regular : Regular;
        if (preferred.Has(codepoint))
        {
            return preferred;
        }

        var other = bold ? Regular : Bold;
        return other is not null && other.Has(codepoint) ? other : null;
    }

    /// <summary>Groups faces by family in order of first appearance; the first regular and first bold face of each family are kept.</summary>
    public static IReadOnlyList<FontFamilyFaces> Group(IEnumerable<FontFace> faces)
    {
        var order = new List<string>();
        var regular = new Dictionary<string, FontFace>(StringComparer.OrdinalIgnoreCase);
        var bold = new Dictionary<string, FontFace>(StringComparer.OrdinalIgnoreCase);
        foreach (var face in faces)
        {
            var family = face.FamilyName;
            if (!regular.ContainsKey(family) && !bold.ContainsKey(family))
            {
                order.Add(family);
            }

            (face.IsBold ? bold : regular).TryAdd(family, face);
        }

        return order
            .Select(family => new FontFamilyFaces(
                family,
                regular.GetValueOrDefault(family) ?? bold[family],
                bold.GetValueOrDefault(family)))
            .ToArray();
    }
}
