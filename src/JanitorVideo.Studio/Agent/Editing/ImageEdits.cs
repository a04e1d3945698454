using System.Text.Json.Nodes;
using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>The editor's image steps: placing images, motion, particles, looks, lengths and removal.</summary>
internal static class ImageEdits
{
    /// <summary>Places the uploaded images not on the timeline yet, then sets motion on the targets.</summary>
    /// <returns>True when images were placed (the timing changed).</returns>
    public static bool Animate(DraftTree tree, IReadOnlyList<MediaItem> media, Animate step)
    {
        var placed = PlaceNewImages(tree, media);
        var targets = step.ImageIndex is null && placed.Count > 0 ? placed : Targets(tree, step.ImageIndex);
        foreach (var fx in targets.Select(DraftTree.Effects))
        {
            if (step.Motion is { } motion)
            {
                DraftValues.SetText(fx, DraftConventions.MotionKey, motion);
            }

            if (step.Strength is { } strength)
            {
                DraftValues.SetNumber(fx, DraftConventions.StrengthKey, strength);
            }

            if (step.Speed is { } speed)
            {
                DraftValues.SetNumber(fx, DraftConventions.SpeedKey, speed);
            }

            if (step.Loop is { } loop)
            {
                DraftValues.SetFlag(fx, DraftConventions.LoopKey, loop);
            }

            if (step.PixelArt is { } pixelArt)
            {
                DraftValues.SetFlag(fx, DraftConventions.PixelArtKey, pixelArt);
            }
        }

        return placed.Count > 0;
    }

    public static void AddParticles(DraftTree tree, AddParticles step)
    {
        foreach (var fx in Targets(tree, step.ImageIndex).Select(DraftTree.Effects))
        {
            if (fx[DraftConventions.ParticlesKey] is not JsonArray particles)
            {
                particles = [];
                fx[DraftConventions.ParticlesKey] = particles;
            }

            if (!particles.Any(kind => IsKind(kind, step.Kind)))
            {
                particles.Add(step.Kind);
            }
        }
    }

    public static void RemoveParticles(DraftTree tree, RemoveParticles step)
    {
        foreach (var segment in Targets(tree, step.ImageIndex))
        {
            if (segment[DraftKeys.Effects] is not JsonObject fx || fx[DraftConventions.ParticlesKey] is not JsonArray particles)
            {
                continue;
            }

            foreach (var kind in particles.Where(kind => step.Kind is null || IsKind(kind, step.Kind)).ToList())
            {
                particles.Remove(kind);
            }

            if (particles.Count == 0)
            {
                fx.Remove(DraftConventions.ParticlesKey);
            }
        }
    }

    public static void SetLook(DraftTree tree, SetLook step)
    {
        foreach (var fx in Targets(tree, step.ImageIndex).Select(DraftTree.Effects))
        {
            if (step.Grade is { } grade)
            {
                DraftValues.SetText(fx, DraftConventions.GradeKey, grade);
            }

            if (step.Vignette is { } vignette)
            {
                DraftValues.SetNumber(fx, DraftConventions.VignetteKey, vignette);
            }

            if (step.Grain is { } grain)
            {
                DraftValues.SetNumber(fx, DraftConventions.GrainKey, grain);
            }

            if (step.Sweep is { } sweep)
            {
                DraftValues.SetFlag(fx, DraftConventions.SweepKey, sweep);
            }

            if (step.Glow is { } glow)
            {
                DraftValues.SetFlag(fx, DraftConventions.GlowKey, glow);
            }
        }
    }

    /// <summary>One image's length, or the whole clip's shared evenly; clamped to 1–60 s.</summary>
    /// <returns>True when there was an image to change.</returns>
    public static bool SetDuration(DraftTree tree, SetDuration step)
    {
        var images = tree.Images();
        var totalMs = ClampMs(step.Seconds);
        if (step.ImageIndex is { } index)
        {
            if (index < 0 || index >= images.Count)
            {
                return false;
            }

            DraftValues.SetNumber(images[index], DraftKeys.Duration, totalMs);
            return true;
        }

        for (var i = 0; i < images.Count; i++)
        {
            // Whole milliseconds: the last image takes what the even split leaves over.
            var share = totalMs / images.Count;
            DraftValues.SetNumber(images[i], DraftKeys.Duration, i == images.Count - 1 ? totalMs - (share * i) : share);
        }

        return images.Count > 0;
    }

    /// <returns>True when an image was removed.</returns>
    public static bool RemoveImage(DraftTree tree, RemoveImage step)
    {
        var images = tree.Images();
        if (step.ImageIndex < 0 || step.ImageIndex >= images.Count || tree.FirstTrack(TrackKind.Video) is not { } video)
        {
            return false;
        }

        DraftTree.SegmentArray(video).Remove(images[step.ImageIndex]);
        return true;
    }

    /// <summary>The uploaded images whose media id no image segment uses yet, in upload order.</summary>
    public static IEnumerable<MediaItem> Unplaced(IReadOnlyList<MediaItem> media, IEnumerable<string?> placedSources)
    {
        var used = placedSources.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return media.Where(item => item.IsImage && !used.Contains(item.Id));
    }

    private static List<JsonObject> PlaceNewImages(DraftTree tree, IReadOnlyList<MediaItem> media)
    {
        var images = tree.Images();
        var fresh = Unplaced(media, images.Select(image => DraftValues.Text(image, DraftKeys.Source))).ToList();
        if (fresh.Count == 0)
        {
            return [];
        }

        var segments = DraftTree.SegmentArray(tree.EnsureTrack(TrackKind.Video));
        var start = tree.VideoEndMs();
        var placed = new List<JsonObject>();
        foreach (var item in fresh)
        {
            var segment = new JsonObject
            {
                [DraftKeys.Start] = start,
                [DraftKeys.Duration] = DraftConventions.DefaultImageMs,
                [DraftKeys.Name] = item.DisplayName,
                [DraftKeys.Source] = item.Id,
                [DraftKeys.Effects] = new JsonObject { [DraftConventions.MotionKey] = DraftConventions.AutoMotion },
            };
            segments.Add(segment);
            placed.Add(segment);
            start += DraftConventions.DefaultImageMs;
        }

        FrameEdits.EnsureDefaults(tree);
        return placed;
    }

    private static List<JsonObject> Targets(DraftTree tree, int? index)
    {
        var images = tree.Images();
        return index switch
        {
            null => images,
            { } i when i >= 0 && i < images.Count => [images[i]],
            _ => [],
        };
    }

    private static bool IsKind(JsonNode? node, string kind) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
        && string.Equals(value.GetValue<string>(), kind, StringComparison.OrdinalIgnoreCase);

    private static long ClampMs(double seconds) =>
        (long)Math.Round(Math.Clamp(seconds, DraftConventions.MinClipSeconds, DraftConventions.MaxClipSeconds) * 1000);
}
