using System.Globalization;
using System.Text.RegularExpressions;
using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Framing;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Text;

namespace JanitorVideo.Bench;

/// <summary>
/// A small prompt → plan table (motion, pixel art, length, aspect, particles, light, a quoted title, music;
/// English and Chinese) so the frame profile can build a plan straight from words, without a
/// studio. The product never uses it: <c>animate</c> and the tools go through the studio's agent.
/// </summary>
internal static class PromptPlanner
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static IReadOnlyList<PromptRule> Rules { get; } =
    [
        Rule("push-in", @"\b(?:push|zoom(?:ing)?)[\s-]*in\b|推近|拉近|放大", (p, _) => p with { Motion = "push-in" }),
        Rule("pull-out", @"\b(?:pull|zoom(?:ing)?)[\s-]*(?:out|back)\b|拉远|缩小", (p, _) => p with { Motion = "pull-out" }),
        Rule("pan-left", @"\bpan(?:ning)?\s+(?:to\s+the\s+)?left\b|向左", (p, _) => p with { Motion = "pan-left" }),
        Rule("pan-right", @"\bpan(?:ning)?\s+(?:to\s+the\s+)?right\b|\bpan\b(?!\s+(?:to\s+the\s+)?(?:left|up|down))|向右|平移", (p, _) => p with { Motion = "pan-right" }),
        Rule("pan-up", @"\b(?:pan|tilt)\s+up\b|向上", (p, _) => p with { Motion = "pan-up" }),
        Rule("pan-down", @"\b(?:pan|tilt)\s+down\b|向下", (p, _) => p with { Motion = "pan-down" }),
        Rule("parallax", @"\bparallax\b|\b(?:2\.5d|3d)\b|\bdolly\b|视差|立体", (p, _) => p with { Motion = "parallax-dolly" }),
        Rule("orbit", @"\borbit\b|环绕", (p, _) => p with { Motion = "parallax-orbit" }),
        Rule("idle", @"\b(?:breath(?:e|es|ing)?|idle|alive|sway(?:s|ing)?|wind(?:y)?)\b|呼吸|摇摆|活起来", (p, _) => p with { Motion = "idle" }),
        Rule("handheld", @"\bhand[\s-]?held\b|手持", (p, _) => p with { Motion = "handheld" }),
        Rule("loop", @"\b(?:loop(?:ing|able)?|seamless)\b|循环", (p, _) => p with { Loop = true }),
        Rule("pixel-art", @"\bpixel[\s-]?art\b|\b(?:crisp|sharp)\s+pixels?\b|\b(?:8|16)[\s-]?bit\b|像素", (p, _) => p with { PixelArt = PixelArtMode.On }),
        // After "pixel art", so "no pixel art" ends smooth.
        Rule("smooth", @"\bsmooth\b|\bno\s+pixel[\s-]?art\b|不要像素", (p, _) => p with { PixelArt = PixelArtMode.Off }),
        Rule("subtle", @"\b(?:subtle|gentle|calm|soft)\b|轻微|柔和", (p, _) => p with { Strength = 0.6 }),
        Rule("strong", @"\b(?:strong|dramatic|intense|big)\b|强烈|夸张", (p, _) => p with { Strength = 1.5 }),
        Rule("slow", @"\bslow(?:ly)?\b|缓慢|慢", (p, _) => p with { Speed = 0.7 }),
        Rule("fast", @"\b(?:fast|quick(?:ly)?|energetic)\b|快", (p, _) => p with { Speed = 1.4 }),
        Rule("duration", @"(\d{1,2}(?:\.\d)?)\s*(?:-\s*)?(?:s\b|sec(?:ond)?s?\b|秒)", (p, m) => p with { DurationSeconds = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) }),
        Rule("portrait", @"\b(?:tiktok|reels?|shorts|9:16|vertical|portrait)\b|竖屏|抖音", (p, _) => p with { Format = OutputFormat.For("9:16", ShortSide(p)) }),
        Rule("landscape", @"\b(?:youtube(?!\s+shorts)|16:9|landscape|horizontal|widescreen)\b|横屏", (p, _) => p with { Format = OutputFormat.For("16:9", ShortSide(p)) }),
        Rule("square", @"\b(?:square|1:1|instagram\s+post)\b|方形", (p, _) => p with { Format = OutputFormat.For("1:1", ShortSide(p)) }),
        Rule("720p", @"\b720p?\b", (p, _) => p with { Format = OutputFormat.For(p.Format.Aspect, 720) }),
        Rule("snow", @"\bsnow(?:ing|fall|flakes?)?\b|下雪|雪花", (p, _) => WithParticles(p, ParticleKind.Snow)),
        Rule("petals", @"\b(?:petals?|sakura|cherry\s+blossoms?)\b|花瓣|樱花", (p, _) => WithParticles(p, ParticleKind.Petals)),
        Rule("sparkles", @"\b(?:sparkl(?:e|es|ing)|glitter|magic(?:al)?|stars?)\b|闪光|星光|魔法", (p, _) => WithParticles(p, ParticleKind.Sparkles)),
        Rule("fireflies", @"\bfireflies\b|萤火虫", (p, _) => WithParticles(p, ParticleKind.Fireflies)),
        Rule("rain", @"\brain(?:ing|y)?\b|下雨|雨", (p, _) => WithParticles(p, ParticleKind.Rain)),
        Rule("embers", @"\b(?:embers?|sparks|fire)\b|火星|余烬", (p, _) => WithParticles(p, ParticleKind.Embers)),
        Rule("dust", @"\b(?:dust|motes)\b|灰尘|尘埃", (p, _) => WithParticles(p, ParticleKind.Dust)),
        Rule("glow", @"\b(?:glow(?:ing)?|pulse)\b|发光", (p, _) => p with { Light = p.Light with { GlowPulse = true } }),
        Rule("sweep", @"\b(?:light\s+sweep|shine|shimmer)\b|扫光", (p, _) => p with { Light = p.Light with { Sweep = true } }),
        Rule("grain", @"\b(?:film\s+)?grain(?:y)?\b|胶片", (p, _) => p with { Light = p.Light with { Grain = 0.5f } }),
        Rule("title", @"\btitle[d]?\s*[:：]?\s*[""“'‘]([^""”'’]{1,80})[""”'’]|标题\s*[:：]?\s*[""“'‘「]([^""”'’」]{1,40})[""”'’」]",
            (p, m) => p with { Texts = [.. p.Texts, new TextLayerSpec(FirstGroup(m), TextRole.Title, 0.3, Math.Min(p.DurationSeconds, 3.3), TextPlacement.Top)] }),
    ];

    /// <summary>Applies every matching row to <paramref name="plan"/>, then the grade and the music named in the words.</summary>
    public static AnimationPlan Apply(AnimationPlan plan, string? prompt)
    {
        if (string.IsNullOrWhiteSpace(prompt))
        {
            return plan;
        }
        var words = prompt.Length > 2000 ? prompt[..2000] : prompt;
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(words);
            if (match.Success)
            {
                plan = rule.Apply(plan, match);
            }
        }
        if (ColorGrades.TryParse(words, out var grade))
        {
            plan = plan with { Light = plan.Light with { Grade = grade } };
        }
        if (MusicBeds.TryParse(words, out var bed) && plan.Music is null)
        {
            plan = plan with { Music = new MusicSpec(null, bed) };
        }
        // A title spans the clip's opening whatever order the words came in.
        return plan with
        {
            Texts = [.. plan.Texts.Select(t => t.Role == TextRole.Title ? t with { EndSeconds = Math.Min(plan.DurationSeconds, Math.Max(t.EndSeconds, 3.3)) } : t)],
        };
    }

    private static PromptRule Rule(string name, string pattern, Func<AnimationPlan, Match, AnimationPlan> apply) =>
        new(name, new Regex(pattern, Options, Timeout), apply);

    private static AnimationPlan WithParticles(AnimationPlan plan, ParticleKind kind) =>
        plan.Particles.Any(p => p.Kind == kind) ? plan : plan with { Particles = [.. plan.Particles, new ParticleSpec(kind)] };

    private static int ShortSide(AnimationPlan plan) => Math.Min(plan.Format.Width, plan.Format.Height);

    private static string FirstGroup(Match match) =>
        match.Groups.Values.Skip(1).First(g => g.Success).Value.Trim();
}

/// <summary>One row of the prompt table: words that match <see cref="Pattern"/> change the plan.</summary>
internal sealed record PromptRule(string Name, Regex Pattern, Func<AnimationPlan, Match, AnimationPlan> Apply);
