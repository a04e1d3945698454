using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Turns a <see cref="PlanSketch"/> into an <see cref="EditPlan"/>: asks instead when media is
/// missing, resolves music and volume against the draft, clamps lengths and volumes (with a
/// note), and orders the steps: undo/redo, images (new images placed first), frame, texts,
/// music, then removed images from the last one back, so indexes mean what they meant.
/// </summary>
internal static class PlanAssembler
{
    private const int VolumeNudge = 15;

    // The longest text the plan's JSON accepts.
    private const int MaxTextLength = 500;

    public static EditPlan Assemble(PlanSketch sketch, bool understoodAnything)
    {
        var zh = sketch.Chinese;
        if (!understoodAnything)
        {
            return Ask(AgentQuestions.NothingUnderstood(zh));
        }

        var needsImages = sketch.Images.Count > 0 || sketch.RemovedImages.Count > 0 || sketch.NamedImageWithoutAny;
        if (needsImages && sketch.ImageCount == 0)
        {
            return Ask(AgentQuestions.UploadImage(zh));
        }

        if (sketch.MissingImage is { } missing)
        {
            return Ask(AgentQuestions.NoSuchImage(missing, sketch.ImageCount, zh));
        }

        var steps = new List<EditStep>();
        if (sketch.Undo)
        {
            steps.Add(new Undo());
        }

        if (sketch.Redo)
        {
            steps.Add(new Redo());
        }

        AddImageSteps(sketch, steps, needsImages);
        if (sketch.Aspect is { } aspect)
        {
            steps.Add(new SetAspect(aspect));
        }

        if (sketch.ShortSide is { } shortSide)
        {
            var note = sketch.TooHighResolution is { } asked ? AgentQuestions.ResolutionTooHigh(asked, zh) : null;
            steps.Add(new SetResolution(shortSide, note));
        }

        steps.AddRange(sketch.Texts.Where(text => text.Kind == TextSketchKind.Remove || text.Text is not null || text.IsTimed || text.Placement is not null)
            .Select(TextStep));
        if (MusicSteps(sketch) is not { } music)
        {
            return Ask(sketch.Music.MySong && LastSong(sketch) is null ? AgentQuestions.UploadSong(zh) : AgentQuestions.NoMusic(zh));
        }

        steps.AddRange(music);
        steps.AddRange(sketch.RemovedImages.Reverse().Select(index => new RemoveImage(index)));
        return steps.Count == 0
            ? Ask(AgentQuestions.NothingUnderstood(zh))
            : new EditPlan(steps, [.. steps.Select(step => StepWording.Line(step, zh))], null);
    }

    private static EditPlan Ask(string question) => new([], [], question);

    private static void AddImageSteps(PlanSketch sketch, List<EditStep> steps, bool needsImages)
    {
        var everyImage = sketch.Images.FirstOrDefault(image => image.Target is null);
        if (needsImages && sketch.UnplacedImages.Count > 0 && everyImage?.HasMotion != true)
        {
            steps.Add(new Animate(null, null, null, null, null));
        }

        foreach (var image in sketch.Images.OrderBy(image => image.Target ?? -1))
        {
            var target = image.Target;
            if (image.HasMotion)
            {
                var motion = image.Motion ?? (image.Animate ? DraftConventions.AutoMotion : null);
                steps.Add(new Animate(target, motion, image.Strength, image.Speed, image.Loop, image.PixelArt));
            }

            if (image.RemoveAllParticles)
            {
                steps.Add(new RemoveParticles(target, null));
            }

            steps.AddRange(image.RemoveParticles.Select(kind => new RemoveParticles(target, kind)));
            steps.AddRange(image.AddParticles.Select(kind => new AddParticles(target, kind)));
            if (image.HasLook)
            {
                steps.Add(new SetLook(target, image.Grade, image.Vignette, image.Grain, image.Sweep, image.Glow));
            }

            if (image.Seconds is { } asked)
            {
                var seconds = Math.Clamp(asked, DraftConventions.MinClipSeconds, DraftConventions.MaxClipSeconds);
                var note = seconds != asked ? AgentQuestions.DurationClamped(asked, seconds, sketch.Chinese) : null;
                if (image.SecondsEach && target is null)
                {
                    steps.AddRange(Enumerable.Range(0, sketch.ImageCount).Select(index => new SetDuration(index, seconds, note)));
                }
                else
                {
                    steps.Add(new SetDuration(target, seconds, note));
                }
            }
        }
    }

    private static EditStep TextStep(TextSketch text)
    {
        var words = text.Text is { Length: > MaxTextLength } longText ? longText[..MaxTextLength] : text.Text;
        var (start, end) = Times(text.Start, text.End);
        return text.Kind switch
        {
            TextSketchKind.Remove => new RemoveText(text.Style),
            TextSketchKind.Add when words is not null => new AddText(words, text.Style ?? "caption", start, end, text.Placement),
            _ => new ChangeText(text.Style, words, start, end, text.Placement),
        };
    }

    // Within the longest clip, and in order: "from 4 s to 2 s" means 2–4 s.
    private static (double? Start, double? End) Times(double? start, double? end)
    {
        start = start is { } s ? Math.Clamp(s, 0, DraftConventions.MaxClipSeconds) : null;
        end = end is { } e ? Math.Clamp(e, 0, DraftConventions.MaxClipSeconds) : null;
        return (start, end) switch
        {
            ({ } from, { } to) when to < from => (to, from),
            ({ } from, { } to) when to == from => (from, null),
            var times => times,
        };
    }

    /// <summary>The music steps, or null when the words need music or a song that is not there.</summary>
    private static List<EditStep>? MusicSteps(PlanSketch sketch)
    {
        var music = sketch.Music;
        var steps = new List<EditStep>();
        if (!music.Any)
        {
            return steps;
        }

        string? source = music.Bed;
        if (source is null && music.MySong)
        {
            source = LastSong(sketch)?.Id;
            if (source is null)
            {
                return null;
            }
        }

        if (source is null && music.Requested)
        {
            source = LastSong(sketch)?.Id ?? "bed:lo-fi";
        }

        var current = CurrentVolume(sketch.Context.Draft);
        var (volume, note) = Volume(music, source is null ? current : current ?? DraftConventions.DefaultVolumePercent, sketch.Chinese);
        if (source is not null)
        {
            steps.Add(new SetMusic(source, volume, note));
        }
        else if (music.Remove)
        {
            steps.Add(new RemoveMusic());
        }
        else if (volume is { } percent)
        {
            if (current is null)
            {
                return null;
            }

            steps.Add(new SetVolume(percent, note));
        }

        return steps;
    }

    private static (int? Volume, string? Note) Volume(MusicSketch music, int? current, bool zh)
    {
        if (music.Mute)
        {
            return (0, null);
        }

        if (music.Volume is { } asked)
        {
            var used = Math.Clamp(asked, 0, 100);
            return (used, used != asked ? AgentQuestions.VolumeClamped(asked, used, zh) : null);
        }

        return music.Nudges == 0
            ? (null, null)
            : (Math.Clamp((current ?? DraftConventions.DefaultVolumePercent) + (music.Nudges * VolumeNudge), 0, 100), null);
    }

    private static MediaItem? LastSong(PlanSketch sketch) => sketch.Context.Media.LastOrDefault(item => item.IsAudio);

    /// <summary>The volume of the music in the draft (35 when it has none written); null without music.</summary>
    private static int? CurrentVolume(Draft draft)
    {
        var music = draft.Tracks.Where(track => track.Kind == TrackKind.Audio).SelectMany(track => track.Segments).FirstOrDefault();
        return music is null ? null : (int)Math.Round(music.Volume ?? DraftConventions.DefaultVolumePercent);
    }
}
