using System.Globalization;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The field table of a plan's JSON, by wire name: a field means the same and has the same limits
/// in every step that has it. The step records give the types and which fields are required.
/// </summary>
internal static class PlanFields
{
    private static readonly PlanField Time = new() { Description = "Seconds from the start of the clip.", Minimum = 0, Maximum = DraftConventions.MaxClipSeconds };

    public static IReadOnlyDictionary<string, PlanField> All { get; } = new Dictionary<string, PlanField>(StringComparer.Ordinal)
    {
        ["imageIndex"] = new()
        {
            Description = "The image, counting from 0 along the video track (uploaded images not on it yet come after, in upload order); " +
                "where it may be null, null or absent means every image.",
            Minimum = 0,
            Maximum = 999,
        },
        ["note"] = new() { Description = "Why the value differs from what the user asked (it was clamped), in the user's language.", MaxLength = 300 },
        ["motion"] = new() { Description = "A motion preset, or auto to let the renderer choose.", Allowed = DraftConventions.Motions },
        ["strength"] = new() { Description = "0.6 subtle, 1 normal, 1.5 strong.", Minimum = DraftConventions.MinStrength, Maximum = DraftConventions.MaxStrength },
        ["speed"] = new() { Description = "0.7 slow, 1 normal, 1.4 fast.", Minimum = DraftConventions.MinSpeed, Maximum = DraftConventions.MaxSpeed },
        ["loop"] = new() { Description = "True for a seamless loop." },
        ["pixelArt"] = new()
        {
            Description = "True when the user asks for pixel art or crisp pixels (whole-number enlargement, no blur); false when they ask for it smooth; " +
                "absent, the renderer tells pixel art by itself.",
        },
        ["kind"] = new() { Description = "A particle layer.", Allowed = DraftConventions.Particles },
        ["grade"] = new() { Description = "A colour grade; none keeps the picture's colours.", Allowed = DraftConventions.Grades },
        ["vignette"] = new() { Description = "Darkened edges: 0 none to 1 strong.", Minimum = 0, Maximum = 1 },
        ["grain"] = new() { Description = "Film grain: 0 none to 1 strong.", Minimum = 0, Maximum = 1 },
        ["sweep"] = new() { Description = "A band of light crossing the picture." },
        ["glow"] = new() { Description = "A gentle pulsing glow." },
        ["seconds"] = new() { Description = "Length in seconds.", Minimum = DraftConventions.MinClipSeconds, Maximum = DraftConventions.MaxClipSeconds },
        ["aspect"] = new() { Description = "The frame shape.", Allowed = DraftConventions.Aspects },
        ["shortSide"] = new()
        {
            Description = "Short side in pixels.",
            Allowed = [.. DraftConventions.ShortSides.Select(side => side.ToString(CultureInfo.InvariantCulture))],
        },
        ["text"] = new() { Description = "The words shown.", MaxLength = 500 },
        ["style"] = new() { Description = "The text style.", Allowed = DraftConventions.TextStyles },
        ["startSeconds"] = Time with { Description = "When it appears." },
        ["endSeconds"] = Time with { Description = "When it goes; after startSeconds." },
        ["placement"] = new() { Description = "Where the text sits.", Allowed = DraftConventions.Placements },
        ["source"] = new()
        {
            Description = "An uploaded audio file's media id, or bed:lo-fi, bed:ambient, bed:epic or bed:cute.",
            Pattern = $"^(bed:({string.Join('|', DraftConventions.Beds)})|[A-Za-z0-9_.-]{{1,100}})$",
        },
        ["volumePercent"] = new() { Description = "Music volume in percent.", Minimum = 0, Maximum = 100 },
        ["question"] = new() { Description = "One question in the user's language when the agent cannot act; then steps is empty." },
    };
}
