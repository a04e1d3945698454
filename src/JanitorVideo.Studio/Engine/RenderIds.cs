using System.Buffers;

namespace JanitorVideo.Studio.Engine;

/// <summary>What a render id may be: it names a file, so only letters, digits, '_' and '-', at most 100 of them.</summary>
public static class RenderIds
{
    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    public static bool IsValid(string? id) => id is { Length: > 0 and <= 100 } && !id.AsSpan().ContainsAnyExcept(Allowed);
}
