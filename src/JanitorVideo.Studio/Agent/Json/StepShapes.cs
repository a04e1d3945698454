using System.Globalization;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// The step table of the plan's JSON: one row per <see cref="EditStep"/> type. The reader, the
/// writer and the schema all come from it, so a model's answer is checked against exactly what
/// the editor accepts.
/// </summary>
internal static class StepShapes
{
    private const string MediaIdOrBed = "^(bed:(lo-fi|ambient|epic|cute)|[A-Za-z0-9_.-]{1,100})$";

    private static readonly StepField ImageIndex = new("imageIndex", StepFieldKind.Integer, false,
        "The image, counting from 0 along the video track (uploaded images not on it yet come after, in upload order); null or absent for every image.")
    { Minimum = 0, Maximum = 999 };

    private static readonly StepField Note = new("note", StepFieldKind.Text, false,
        "Why the value differs from what the user asked (it was clamped), in the user's language.")
    { MaxLength = 300 };

    private static StepField Required(StepField field) => field with { Required = true };

    private static StepField Motion => new("motion", StepFieldKind.Text, false, "A motion preset, or auto to let the renderer choose.") { Allowed = DraftConventions.Motions };

    private static StepField Strength => new("strength", StepFieldKind.Number, false, "0.6 subtle, 1 normal, 1.5 strong.")
    { Minimum = DraftConventions.MinStrength, Maximum = DraftConventions.MaxStrength };

    private static StepField Speed => new("speed", StepFieldKind.Number, false, "0.7 slow, 1 normal, 1.4 fast.")
    { Minimum = DraftConventions.MinSpeed, Maximum = DraftConventions.MaxSpeed };

    private static StepField Particle => new("kind", StepFieldKind.Text, false, "A particle layer.") { Allowed = DraftConventions.Particles };

    private static StepField Fraction(string name, string description) => new(name, StepFieldKind.Number, false, description) { Minimum = 0, Maximum = 1 };

    private static StepField Flag(string name, string description) => new(name, StepFieldKind.Flag, false, description);

    private static StepField Style => new("style", StepFieldKind.Text, false, "The text style.") { Allowed = DraftConventions.TextStyles };

    private static StepField Words => new("text", StepFieldKind.Text, false, "The words shown.") { MaxLength = 500 };

    private static StepField Time(string name, string description) =>
        new(name, StepFieldKind.Number, false, description) { Minimum = 0, Maximum = DraftConventions.MaxClipSeconds };

    private static StepField Placement => new("placement", StepFieldKind.Text, false, "Where the text sits.") { Allowed = DraftConventions.Placements };

    private static StepField Volume => new("volumePercent", StepFieldKind.Integer, false, "Music volume in percent.") { Minimum = 0, Maximum = 100 };

    public static IReadOnlyList<StepShape> All { get; } =
    [
        new("animate", typeof(Animate),
            "Puts uploaded images that are not on the timeline yet onto it, then sets how the image moves; absent values stay as they are.",
            [ImageIndex, Motion, Strength, Speed, Flag("loop", "True for a seamless loop.")],
            v => new Animate(v.Integer("imageIndex"), v.Text("motion"), v.Number("strength"), v.Number("speed"), v.Flag("loop")),
            s => s is Animate a ? [a.ImageIndex, a.Motion, a.Strength, a.Speed, a.Loop] : []),
        new("add_particles", typeof(AddParticles), "Adds a particle layer.",
            [ImageIndex, Required(Particle)],
            v => new AddParticles(v.Integer("imageIndex"), v.Text("kind")!),
            s => s is AddParticles a ? [a.ImageIndex, a.Kind] : []),
        new("remove_particles", typeof(RemoveParticles), "Removes one particle layer, or all of them when kind is absent.",
            [ImageIndex, Particle],
            v => new RemoveParticles(v.Integer("imageIndex"), v.Text("kind")),
            s => s is RemoveParticles r ? [r.ImageIndex, r.Kind] : []),
        new("set_look", typeof(SetLook), "Sets the colour grade and light effects; absent values stay as they are.",
            [ImageIndex, new("grade", StepFieldKind.Text, false, "A colour grade; none keeps the picture's colours.") { Allowed = DraftConventions.Grades },
                Fraction("vignette", "Darkened edges: 0 none to 1 strong."), Fraction("grain", "Film grain: 0 none to 1 strong."),
                Flag("sweep", "A band of light crossing the picture."), Flag("glow", "A gentle pulsing glow.")],
            v => new SetLook(v.Integer("imageIndex"), v.Text("grade"), v.Number("vignette"), v.Number("grain"), v.Flag("sweep"), v.Flag("glow")),
            s => s is SetLook l ? [l.ImageIndex, l.Grade, l.Vignette, l.Grain, l.Sweep, l.Glow] : []),
        new("set_duration", typeof(SetDuration), "Sets how long an image shows; without imageIndex, the whole clip's length, shared evenly by its images.",
            [ImageIndex, new("seconds", StepFieldKind.Number, true, "Length in seconds.") { Minimum = DraftConventions.MinClipSeconds, Maximum = DraftConventions.MaxClipSeconds }, Note],
            v => new SetDuration(v.Integer("imageIndex"), v.Number("seconds")!.Value, v.Text("note")),
            s => s is SetDuration d ? [d.ImageIndex, d.Seconds, d.Note] : []),
        new("set_aspect", typeof(SetAspect), "Sets the frame shape: 9:16 vertical (TikTok, Reels, Shorts), 16:9 horizontal (YouTube), 1:1 square.",
            [new("aspect", StepFieldKind.Text, true, "The frame shape.") { Allowed = DraftConventions.Aspects }],
            v => new SetAspect(v.Text("aspect")!),
            s => s is SetAspect a ? [a.Aspect] : []),
        new("set_resolution", typeof(SetResolution), "Sets the frame's short side in pixels; 1080 is the largest (answer 4K requests with 1080 and a note).",
            [new("shortSide", StepFieldKind.Integer, true, "Short side in pixels.") { Allowed = [.. DraftConventions.ShortSides.Select(side => side.ToString(CultureInfo.InvariantCulture))] }, Note],
            v => new SetResolution(v.Integer("shortSide")!.Value, v.Text("note")),
            s => s is SetResolution r ? [r.ShortSide, r.Note] : []),
        new("add_text", typeof(AddText), "Adds a text (a new title replaces the old one). Without times a title shows for the first 3 s, other styles for the whole clip.",
            [Required(Words), Required(Style), Time("startSeconds", "When it appears."), Time("endSeconds", "When it goes; after startSeconds."), Placement],
            v => new AddText(v.Text("text")!, v.Text("style")!, v.Number("startSeconds"), v.Number("endSeconds"), v.Text("placement")),
            s => s is AddText a ? [a.Text, a.Style, a.StartSeconds, a.EndSeconds, a.Placement] : [])
        {
            Check = s => s is AddText a ? TimesInOrder(a.StartSeconds, a.EndSeconds) : null,
        },
        new("change_text", typeof(ChangeText), "Changes the texts of a style (every text when style is absent); absent values stay as they are.",
            [Style, Words, Time("startSeconds", "When it appears."), Time("endSeconds", "When it goes; after startSeconds."), Placement],
            v => new ChangeText(v.Text("style"), v.Text("text"), v.Number("startSeconds"), v.Number("endSeconds"), v.Text("placement")),
            s => s is ChangeText c ? [c.Style, c.Text, c.StartSeconds, c.EndSeconds, c.Placement] : [])
        {
            Check = s => s is ChangeText c
                ? c.Text is null && c.StartSeconds is null && c.EndSeconds is null && c.Placement is null
                    ? "it changes nothing: give text, startSeconds, endSeconds or placement"
                    : TimesInOrder(c.StartSeconds, c.EndSeconds)
                : null,
        },
        new("remove_text", typeof(RemoveText), "Removes the texts of a style, or every text when style is absent.",
            [Style],
            v => new RemoveText(v.Text("style")),
            s => s is RemoveText r ? [r.Style] : []),
        new("set_music", typeof(SetMusic), "Plays music under the whole clip, replacing any music.",
            [new("source", StepFieldKind.Text, true, "An uploaded audio file's media id, or bed:lo-fi, bed:ambient, bed:epic or bed:cute.") { Pattern = MediaIdOrBed }, Volume, Note],
            v => new SetMusic(v.Text("source")!, v.Integer("volumePercent"), v.Text("note")),
            s => s is SetMusic m ? [m.Source, m.VolumePercent, m.Note] : []),
        new("set_volume", typeof(SetVolume), "Sets the music volume.",
            [Required(Volume), Note],
            v => new SetVolume(v.Integer("volumePercent")!.Value, v.Text("note")),
            s => s is SetVolume m ? [m.VolumePercent, m.Note] : []),
        new("remove_music", typeof(RemoveMusic), "Removes the music.", [], _ => new RemoveMusic(), _ => []),
        new("remove_image", typeof(RemoveImage), "Takes an image off the timeline.",
            [Required(ImageIndex) with { Description = "The image, counting from 0 along the video track." }],
            v => new RemoveImage(v.Integer("imageIndex")!.Value),
            s => s is RemoveImage r ? [r.ImageIndex] : []),
        new("undo", typeof(Undo), "Goes back to the previous version.", [], _ => new Undo(), _ => []),
        new("redo", typeof(Redo), "Goes forward again after an undo.", [], _ => new Redo(), _ => []),
    ];

    public static StepShape? Find(string type) => All.FirstOrDefault(shape => shape.Type == type);

    public static StepShape For(EditStep step) =>
        All.FirstOrDefault(shape => shape.StepType == step.GetType())
        ?? throw new ArgumentException($"The step {step.GetType().Name} has no JSON form.", nameof(step));

    private static string? TimesInOrder(double? start, double? end) =>
        start is { } s && end is { } e && e <= s ? "endSeconds must come after startSeconds" : null;
}
