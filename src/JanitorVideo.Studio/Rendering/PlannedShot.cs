using JanitorVideo.Render.Planning;

namespace JanitorVideo.Studio.Rendering;

/// <summary>
/// One image of the draft as the engine renders it: a clip of its own, placed at
/// <paramref name="StartSeconds"/> of the finished video.
/// </summary>
/// <param name="Name">What the user calls the image (the segment's <c>n</c>, else its media id), for messages.</param>
/// <param name="MediaId">The segment's <c>src</c>.</param>
/// <param name="StartSeconds">Where the shot starts in the finished video: a whole number of frames.</param>
/// <param name="Plan">The clip; its <see cref="AnimationPlan.ImagePath"/> is the media's path, its texts are shifted to the shot.</param>
public sealed record PlannedShot(string Name, string MediaId, double StartSeconds, AnimationPlan Plan);
