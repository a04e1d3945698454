using System.Globalization;
using JanitorVideo.Core.Errors;

namespace JanitorVideo.Core.Text;

/// <summary>
/// How long one message to the video agent may be: a few sentences fit many times over. Both the
/// MCP tool and the studio's <c>/run_sse</c> refuse a longer one before it is routed, stored or
/// echoed, so a huge message costs nothing but its refusal.
/// </summary>
public static class MessageLimit
{
    /// <summary>The most characters (UTF-16 code units) a message may have.</summary>
    public const int MaxChars = 4000;

    /// <summary>True when <paramref name="message"/> is within <see cref="MaxChars"/>.</summary>
    public static bool Fits(string? message) => message is null || message.Length <= MaxChars;

    /// <summary>Throws the refusal when <paramref name="message"/> is over the limit; the words give both lengths and never quote it.</summary>
    /// <exception cref="VideoBackendException">The message is longer than <see cref="MaxChars"/> (invalid input).</exception>
    public static void Ensure(string? message)
    {
        if (!Fits(message))
        {
            throw new VideoBackendException(ErrorKind.InvalidInput,
                string.Create(CultureInfo.InvariantCulture,
                    $"The message is {message!.Length:N0} characters long; the limit is {MaxChars:N0}. Say what the clip should do in a few sentences and send it again."),
                string.Create(CultureInfo.InvariantCulture, $"message of {message.Length} characters refused"));
        }
    }
}
