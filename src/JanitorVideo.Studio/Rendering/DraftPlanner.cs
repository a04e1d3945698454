using JanitorVideo.Core.Drafts;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Text;
using JanitorVideo.Studio.Agent;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// Turns a studio draft (see <see cref="DraftConventions"/>) into what the engine renders: pure, no
/// files touched. Images play back to back in track order, each for its <c>d</c> (5 s when unset,
/// clamped to 1–60 s) rounded to whole frames; their <c>s</c> is not consulted, since the studio
/// writes them back to back. The first shot fades in, the last fades out, the cuts between are hard.
/// </summary>
public static class DraftPlanner
{
    /// <param name="draft">The draft.</param>
    /// <param name="mediaPath">The full path of a media id; null when the project does not have it.</param>
    /// <param name="quality">The quality asked for ("high", "standard", "draft"…); other words get the default.</param>
    /// <exception cref="Core.Errors.VideoBackendException">
    /// <see cref="Core.Errors.ErrorKind.NothingToExport"/> without an image; <see cref="Core.Errors.ErrorKind.InvalidInput"/>
    /// for an image or music the project does not have.
    /// </exception>
    public static DraftRenderPlan Plan(Draft draft, Func<string, string?> mediaPath, string? quality)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(mediaPath);

        var images = draft.Tracks.FirstOrDefault(track => track.Kind == TrackKind.Video)?.Segments ?? [];
        if (images.Count == 0)
        {
            throw RenderRefusals.NoImages();
        }

        var format = DraftFrame.Format(draft.Metadata);
        var fps = DraftFrame.Fps(draft.Metadata);
        var encodeQuality = RenderQualities.Parse(quality);
        var frames = images.Select(image => Frames(image.DurationMs, fps)).ToList();
        var clipSeconds = (double)frames.Sum() / fps;
        var texts = TimelineText.Read(draft, clipSeconds);

        var shots = new List<PlannedShot>(images.Count);
        var startFrame = 0;
        for (var i = 0; i < images.Count; i++)
        {
            var image = images[i];
            if (string.IsNullOrWhiteSpace(image.Source))
            {
                throw RenderRefusals.ImageWithoutPicture(i + 1);
            }

            var name = string.IsNullOrWhiteSpace(image.Name) ? image.Source : image.Name;
            var path = mediaPath(image.Source);
            if (string.IsNullOrEmpty(path))
            {
                throw RenderRefusals.MissingImage(name);
            }

            var start = (double)startFrame / fps;
            var end = (double)(startFrame + frames[i]) / fps;
            var plan = ImageEffects.Apply(
                new AnimationPlan
                {
                    ImagePath = path,
                    Format = format,
                    Fps = fps,
                    DurationSeconds = (double)frames[i] / fps,
                    Seed = ShotSeed.For(i, image.Source, DraftFrame.Seed(draft.Metadata)),
                    Quality = encodeQuality,
                },
                image.GetEffects());
            plan = plan with
            {
                Light = plan.Light with
                {
                    FadeInSeconds = i == 0 ? plan.Light.FadeInSeconds : 0,
                    FadeOutSeconds = i == images.Count - 1 ? plan.Light.FadeOutSeconds : 0,
                },
                Texts = [.. texts.Select(text => text.Within(start, end, 1.0 / fps)).OfType<TextLayerSpec>()],
            };
            shots.Add(new PlannedShot(name, image.Source, start, plan));
            startFrame += frames[i];
        }

        return new DraftRenderPlan(shots, DraftMusic.Read(draft, mediaPath), format, fps, encodeQuality);
    }

    /// <summary>A segment's length in whole frames: 5 s when unset, clamped to what one clip may last.</summary>
    private static int Frames(long? durationMs, int fps)
    {
        var seconds = Math.Clamp((durationMs ?? DraftConventions.DefaultImageMs) / 1000.0, AnimationPlan.MinDurationSeconds, AnimationPlan.MaxDurationSeconds);
        return (int)Math.Round(seconds * fps);
    }
}
