using JanitorVideo.Render.Ffmpeg;

namespace JanitorVideo.Render.Pipeline;

/// <summary>A finished clip: the verified MP4, its preview images, and what the engine chose.</summary>
public sealed record RenderedClip(string Path, MediaProbe Probe, string PosterPath, string ContactSheetPath, string MotionName, TimeSpan Elapsed);
