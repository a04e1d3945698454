using System.ComponentModel;
using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Agent;

/// <summary>Sets the frame shape: "9:16" (vertical), "16:9" (horizontal) or "1:1" (square), at the current resolution.</summary>
[Description("Sets the frame shape: 9:16 vertical (TikTok, Reels, Shorts), 16:9 horizontal (YouTube), 1:1 square.")]
public sealed record SetAspect([property: JsonRequired] string Aspect) : EditStep;

/// <summary>Sets the short side of the frame: 1080 (the largest) or 720.</summary>
/// <param name="Note">Why the resolution differs from what was asked (4K is not offered), in the user's language.</param>
[Description("Sets the frame's short side in pixels; 1080 is the largest (answer 4K requests with 1080 and a note).")]
public sealed record SetResolution([property: JsonRequired] int ShortSide, string? Note) : EditStep;
