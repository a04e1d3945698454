namespace JanitorVideo.Studio.Agent;

/// <summary>The reply sentence about the clip's length and frame, when either changed or was asked about.</summary>
internal static class FrameReply
{
    public static IEnumerable<string> Describe(EditPlan plan, ClipFacts was, ClipFacts now, bool zh)
    {
        var changed = was.LengthMs != now.LengthMs || was.Aspect != now.Aspect || was.Width != now.Width || was.Height != now.Height;
        var asked = plan.Steps.Any(step => step is SetDuration or SetAspect or SetResolution);
        if ((!changed && !asked) || now.Images.Count == 0)
        {
            yield break;
        }

        var length = ContentWords.SecondsFromMs(now.LengthMs);
        var size = now.Width is { } width && now.Height is { } height ? $"{width}×{height}" : null;
        var shares = plan.Steps.Any(step => step is SetDuration) && now.Images.Count > 1
            ? string.Join(zh ? "，" : ", ", now.Images.Select(image => zh
                ? $"{image.Name} {ContentWords.SecondsFromMs(image.DurationMs)} 秒"
                : $"{image.Name} {ContentWords.SecondsFromMs(image.DurationMs)} s"))
            : null;
        yield return zh
            ? $"视频{(changed ? "现在" : "已经是")}时长 {length} 秒，{ContentWords.Aspect(now.Aspect, zh)}{(size is null ? string.Empty : $"（{size}）")}{(shares is null ? string.Empty : $"：{shares}")}。"
            : $"The clip is {(changed ? "now" : "already")} {length} s long, {ContentWords.Aspect(now.Aspect, zh)}{(size is null ? string.Empty : $" at {size}")}{(shares is null ? string.Empty : $" ({shares})")}.";
    }
}
