namespace JanitorVideo.Studio.Agent;

/// <summary>
/// One edit of the draft. The sealed subtypes are the whole vocabulary of the studio agent; each
/// has a snake_case name in <see cref="EditPlanJson"/>. An image index of null means every image
/// (for <see cref="Animate"/>: the images it puts on the timeline, if any, else every image).
/// </summary>
public abstract record EditStep;
