namespace JanitorVideo.Studio.Agent;

/// <summary>The editor's frame steps: shape and resolution in the metadata, and the defaults of a new clip.</summary>
internal static class FrameEdits
{
    public static void SetAspect(DraftTree tree, string aspect) => Write(tree, aspect, ShortSide(tree));

    public static void SetResolution(DraftTree tree, int shortSide) => Write(tree, Aspect(tree), shortSide);

    /// <summary>Fills in the frame of a clip that has none yet: 9:16 at 1080x1920, 30 fps. Present keys stay.</summary>
    public static void EnsureDefaults(DraftTree tree)
    {
        var metadata = tree.Metadata;
        var aspect = Aspect(tree);
        var (width, height) = DraftConventions.FrameSize(aspect, ShortSide(tree));
        if (!metadata.ContainsKey(DraftConventions.WidthKey) || !metadata.ContainsKey(DraftConventions.HeightKey))
        {
            JsonScalars.SetNumber(metadata, DraftConventions.WidthKey, width);
            JsonScalars.SetNumber(metadata, DraftConventions.HeightKey, height);
        }

        if (!metadata.ContainsKey(DraftConventions.FpsKey))
        {
            JsonScalars.SetNumber(metadata, DraftConventions.FpsKey, DraftConventions.Fps);
        }

        if (!metadata.ContainsKey(DraftConventions.AspectKey))
        {
            JsonScalars.SetText(metadata, DraftConventions.AspectKey, aspect);
        }
    }

    /// <summary>The frame shape: <c>aspect</c> when it is one the studio offers, else read from the size, else 9:16.</summary>
    public static string Aspect(DraftTree tree)
    {
        var metadata = tree.Metadata;
        if (JsonScalars.Text(metadata, DraftConventions.AspectKey) is { } aspect && DraftConventions.Aspects.Contains(aspect))
        {
            return aspect;
        }

        return (JsonScalars.Number(metadata, DraftConventions.WidthKey), JsonScalars.Number(metadata, DraftConventions.HeightKey)) switch
        {
            ({ } width, { } height) when width > height => "16:9",
            ({ } width, { } height) when width == height => "1:1",
            _ => DraftConventions.DefaultAspect,
        };
    }

    /// <summary>720 when the frame is 720 on its short side, else the largest.</summary>
    public static int ShortSide(DraftTree tree)
    {
        var metadata = tree.Metadata;
        var width = JsonScalars.Number(metadata, DraftConventions.WidthKey);
        var height = JsonScalars.Number(metadata, DraftConventions.HeightKey);
        return width is { } w && height is { } h && Math.Min(w, h) == 720 ? 720 : DraftConventions.MaxShortSide;
    }

    private static void Write(DraftTree tree, string aspect, int shortSide)
    {
        var metadata = tree.Metadata;
        var (width, height) = DraftConventions.FrameSize(aspect, shortSide);
        JsonScalars.SetNumber(metadata, DraftConventions.WidthKey, width);
        JsonScalars.SetNumber(metadata, DraftConventions.HeightKey, height);
        JsonScalars.SetText(metadata, DraftConventions.AspectKey, aspect);
        if (!metadata.ContainsKey(DraftConventions.FpsKey))
        {
            JsonScalars.SetNumber(metadata, DraftConventions.FpsKey, DraftConventions.Fps);
        }
    }
}
