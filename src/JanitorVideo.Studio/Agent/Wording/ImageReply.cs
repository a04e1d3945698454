namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Reply sentences about images: for each group of images whose look changed (or that are new)
/// and now look alike, how they move and what surrounds them; then the images that left.
/// </summary>
internal static class ImageReply
{
    public static IEnumerable<string> Describe(ClipFacts was, ClipFacts now, bool zh)
    {
        var changed = now.Images
            .Where(image => !was.Images.Any(old => old.Source == image.Source && old.Name == image.Name && old.LookKey == image.LookKey))
            .ToList();
        foreach (var group in changed.GroupBy(image => image.LookKey))
        {
            var images = group.ToList();
            var before = was.Images.FirstOrDefault(old => old.Source == images[0].Source && old.Name == images[0].Name);
            yield return Sentence(images, before, now, zh);
        }

        var gone = was.Images.Where(old => !now.Images.Any(image => image.Source == old.Source && image.Name == old.Name)).ToList();
        if (gone.Count > 0)
        {
            var names = ContentWords.List([.. gone.Select(image => Name(image, was))], zh);
            yield return zh ? $"已从视频中删除 {names}。" : $"{ContentWords.Capitalize(names)} {(gone.Count == 1 ? "is" : "are")} no longer in the clip.";
        }
    }

    private static string Sentence(List<ImageFacts> images, ImageFacts? before, ClipFacts now, bool zh)
    {
        var look = images[0];
        var subject = ContentWords.List([.. images.Select(image => Name(image, now))], zh);
        var verb = ContentWords.MotionVerb(look.Motion, plural: images.Count > 1, zh);
        var manner = Manner(look, zh);
        var loop = look.Loop ? (zh ? "，无缝循环" : ", looping seamlessly") : string.Empty;
        var particles = look.Particles.Count == 0
            ? string.Empty
            : (zh ? "，伴着" : " with ") + ContentWords.List([.. look.Particles.Select(kind => ContentWords.ParticleScene(kind, zh))], zh);
        // Pixel art is said while it is asked for, and smooth once, when asked; a picture left to
        // the renderer is not talked about.
        var pixels = look.PixelArt is { } pixelArt && (pixelArt || before?.PixelArt != false)
            ? (zh ? "；" : "; ") + StepWording.PixelArtWords(pixelArt, zh)
            : string.Empty;
        var effects = Effects(look, before, zh);
        var removed = Removed(look, before, zh);
        return zh
            ? $"{subject}：{verb}{(manner.Length > 0 ? $"（{manner}）" : string.Empty)}{loop}{particles}{pixels}{Join("；", effects)}{Join("；去掉了", removed)}。"
            : $"{ContentWords.Capitalize(subject)} now {(manner.Length > 0 ? manner + " " : string.Empty)}{verb}{loop}{particles}{pixels}{Join("; ", effects)}{Join("; no more ", removed)}.";
    }

    private static string Join(string lead, List<string> items) =>
        items.Count == 0 ? string.Empty : lead + string.Join(lead.StartsWith('；') ? "、" : ", ", items);

    // "gently and slowly"; Chinese "幅度轻柔，节奏缓慢".
    private static string Manner(ImageFacts look, bool zh)
    {
        var words = new List<string>();
        if (look.Strength < 0.8)
        {
            words.Add(zh ? "幅度轻柔" : "gently");
        }
        else if (look.Strength > 1.2)
        {
            words.Add(zh ? "幅度强烈" : "strongly");
        }

        if (look.Speed < 0.85)
        {
            words.Add(zh ? "节奏缓慢" : "slowly");
        }
        else if (look.Speed > 1.15)
        {
            words.Add(zh ? "节奏明快" : "quickly");
        }

        return string.Join(zh ? "，" : " and ", words);
    }

    private static List<string> Effects(ImageFacts look, ImageFacts? before, bool zh)
    {
        var effects = new List<string>();
        if (look.Grade != "none" || (before is not null && before.Grade != "none"))
        {
            effects.Add(ContentWords.Grade(look.Grade, zh));
        }

        if (look.Vignette > 0)
        {
            effects.Add(zh ? "暗角" : "a vignette");
        }

        if (look.Grain > 0)
        {
            effects.Add(zh ? "胶片颗粒" : "film grain");
        }

        if (look.Sweep)
        {
            effects.Add(zh ? "扫光" : "a light sweep");
        }

        if (look.Glow)
        {
            effects.Add(zh ? "柔光" : "a soft glow");
        }

        return effects.Count == 0 || zh ? effects : [ContentWords.List(effects, zh)];
    }

    private static List<string> Removed(ImageFacts look, ImageFacts? before, bool zh)
    {
        if (before is null)
        {
            return [];
        }

        var removed = before.Particles.Except(look.Particles).Select(kind => ContentWords.Particle(kind, zh)).ToList();
        if (before.Vignette > 0 && look.Vignette == 0)
        {
            removed.Add(zh ? "暗角" : "vignette");
        }

        if (before.Grain > 0 && look.Grain == 0)
        {
            removed.Add(zh ? "颗粒" : "grain");
        }

        if (before.Sweep && !look.Sweep)
        {
            removed.Add(zh ? "扫光" : "light sweep");
        }

        if (before.Glow && !look.Glow)
        {
            removed.Add(zh ? "柔光" : "glow");
        }

        return removed;
    }

    // A name used twice gets its number, so the user knows which one is meant.
    private static string Name(ImageFacts image, ClipFacts clip) =>
        clip.Images.Count(other => other.Name == image.Name) > 1 ? $"{image.Name} ({ContentWords.Image(image.Index, zh: false)})" : image.Name;
}
