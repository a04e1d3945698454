using JanitorVideo.Core.Drafts;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// Applies an <see cref="EditPlan"/> to a draft, following <see cref="DraftConventions"/>. Pure:
/// the draft passed in is not changed, and keys the studio does not know survive at every level.
/// </summary>
/// <remarks>
/// Steps run in order, each seeing the result of the ones before. A step about an image that is
/// not there changes nothing. <see cref="Undo"/> and <see cref="Redo"/> are ignored: the caller
/// keeps the versions. Lengths are clamped to 1–60 s and text times to the clip.
/// </remarks>
public static class DraftEditor
{
    /// <summary>The draft after the plan.</summary>
    /// <param name="media">The session's uploads, oldest first: where new images and songs come from.</param>
    public static Draft Apply(Draft draft, EditPlan plan, IReadOnlyList<MediaItem> media)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(media);

        var tree = new DraftTree(draft);
        foreach (var step in plan.Steps)
        {
            var endBefore = tree.ClipMs();
            var retimed = step switch
            {
                Animate animate => ImageEdits.Animate(tree, media, animate),
                SetDuration duration => ImageEdits.SetDuration(tree, duration),
                RemoveImage remove => ImageEdits.RemoveImage(tree, remove),
                _ => ApplyOther(tree, media, step),
            };

            if (retimed)
            {
                TimelineFlow.Reflow(tree, endBefore);
            }
        }

        return tree.ToDraft();
    }

    // Steps that never move an image on the timeline.
    private static bool ApplyOther(DraftTree tree, IReadOnlyList<MediaItem> media, EditStep step)
    {
        switch (step)
        {
            case AddParticles add:
                ImageEdits.AddParticles(tree, add);
                break;
            case RemoveParticles remove:
                ImageEdits.RemoveParticles(tree, remove);
                break;
            case SetLook look:
                ImageEdits.SetLook(tree, look);
                break;
            case SetAspect aspect:
                FrameEdits.SetAspect(tree, aspect.Aspect);
                break;
            case SetResolution resolution:
                FrameEdits.SetResolution(tree, resolution.ShortSide);
                break;
            case AddText add:
                TextEdits.Add(tree, add);
                break;
            case ChangeText change:
                TextEdits.Change(tree, change);
                break;
            case RemoveText remove:
                TextEdits.Remove(tree, remove);
                break;
            case SetMusic music:
                MusicEdits.Set(tree, media, music);
                break;
            case SetVolume volume:
                MusicEdits.SetVolume(tree, volume);
                break;
            case RemoveMusic:
                MusicEdits.Remove(tree);
                break;
        }

        return false;
    }
}
