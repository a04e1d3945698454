using JanitorVideo.Core.Drafts;
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
        if (!metadata.ContainsKey(DraftKeys.Width) || !metadata.ContainsKey(DraftKeys.Height))
        {
            DraftValues.SetNumber(metadata, DraftKeys.Width, width);
            DraftValues.SetNumber(metadata, DraftKeys.Height, height);
        }

        if (!metadata.ContainsKey(DraftKeys.Fps))
        {
            DraftValues.SetNumber(metadata, DraftKeys.Fps, DraftConventions.Fps);
        }

        if (!metadata.ContainsKey(DraftKeys.Aspect))
        {
            DraftValues.SetText(metadata, DraftKeys.Aspect, aspect);
        }
    }

    /// <summary>The frame shape: <c>aspect</c> when it is one the studio offers, else read from the size, else 9:16.</summary>
    public static string Aspect(DraftTree tree)
    {
        var metadata = tree.Metadata;
        if (DraftValues.Text(metadata, DraftKeys.Aspect) is { } aspect && DraftConventions.Aspects.Contains(aspect))
        {
            return aspect;
        }

        return (DraftValues.Number(metadata, DraftKeys.Width), DraftValues.Number(metadata, DraftKeys.Height)) switch
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
        var width = DraftValues.Number(metadata, DraftKeys.Width);
        var height = DraftValues.Number(metadata, DraftKeys.Height);
        return width is { } w && height is { } h && Math.Min(w, h) == 720 ? 720 : DraftConventions.MaxShortSide;
    }

    private static void Write(DraftTree tree, string aspect, int shortSide)
    {
        var metadata = tree.Metadata;
        var (width, height) = DraftConventions.FrameSize(aspect, shortSide);
        DraftValues.SetNumber(metadata, DraftKeys.Width, width);
        DraftValues.SetNumber(metadata, DraftKeys.Height, height);
        DraftValues.SetText(metadata, DraftKeys.Aspect, aspect);
        if (!metadata.ContainsKey(DraftKeys.Fps))
        {
            DraftValues.SetNumber(metadata, DraftKeys.Fps, DraftConventions.Fps);
        }
    }
}
