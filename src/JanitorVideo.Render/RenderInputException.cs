namespace JanitorVideo.Render;

/// <summary>
/// Input the engine cannot use (not an image, truncated, too many pixels or frames, an unreadable
/// font, FFmpeg missing). The message is written for the user: what is wrong and what to do.
/// </summary>
public sealed class RenderInputException(string message, Exception? inner = null) : Exception(message, inner);
