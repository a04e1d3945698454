namespace JanitorVideo.Render.Ffmpeg;

/// <summary>
/// What ffprobe reports about the first audio stream of a file. <see cref="DurationSeconds"/> is
/// 0 when the container does not say.
/// </summary>
public sealed record AudioProbe(string Codec, double DurationSeconds, int SampleRate, int Channels);
