using JanitorVideo.Render.Framing;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The sentence about how a picture is framed: for each picture new to the clip, or all of them
/// when the frame's shape changed, where its subject goes ("kept the character on the left third,
/// facing right"), from the subject found when it was uploaded. The renderer makes the same choice.
/// </summary>
internal static class FramingReply
{
    public static IEnumerable<string> Describe(ClipFacts was, ClipFacts now, IReadOnlyList<MediaItem> media, bool zh)
    {
        // The draft's aspect is always one of the offered ones (ClipFacts reads it so).
        var format = OutputFormat.For(now.Aspect);
        var reframed = was.Aspect != now.Aspect;
        var described = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in now.Images)
        {
            var fresh = !was.Images.Any(old => old.Source == image.Source);
            if (image.Source is not { } source || (!fresh && !reframed) || !described.Add(source)
                || media.FirstOrDefault(item => item.Id == source) is not { Framing: { } facts, Width: > 0 and var width, Height: > 0 and var height })
            {
                continue;
            }
            var choice = facts.ChoiceFor(format, width, height).Describe(zh);
            yield return zh
                ? $"{image.Name} 的{ContentWords.Aspect(now.Aspect, zh)}构图：{choice}。"
                : $"Framing {image.Name} for {ContentWords.Aspect(now.Aspect, zh)}: {choice}.";
        }
    }
}
