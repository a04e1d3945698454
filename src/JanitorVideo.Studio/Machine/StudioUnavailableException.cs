namespace JanitorVideo.Studio.Machine;

/// <summary>
/// The studio cannot work on this machine (FFmpeg or fonts missing, a tool that will not start); the
/// message says what is missing and how to install it, in words a user can act on.
/// </summary>
public sealed class StudioUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
