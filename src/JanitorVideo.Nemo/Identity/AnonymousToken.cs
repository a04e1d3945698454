using System.Text;

namespace JanitorVideo.Nemo.Identity;

/// <summary>
/// An anonymous token as <c>POST /api/auth/anonymous-token</c> hands it out (<c>nmv_usr_…</c>, 100
/// credits, 7 days), with the user it belongs to and when it expires. Printing it never shows the token.
/// </summary>
public sealed record AnonymousToken
{
    /// <summary>The bearer token. A secret: kept out of logs, messages and <see cref="ToString"/>.</summary>
    public required string Token { get; init; }

    /// <summary>The anonymous user the token acts for (the <c>bind</c> id of the registration link).</summary>
    public required string UserId { get; init; }

    /// <summary>When the token stops working.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Whether the token still works at <paramref name="now"/> with <paramref name="margin"/> to spare.</summary>
    public bool IsUsableAt(DateTimeOffset now, TimeSpan margin) => now + margin < ExpiresAt;

    // Replaces the compiler's printing, which would show the token.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Token = (hidden), UserId = ").Append(UserId)
            .Append(", ExpiresAt = ").Append(ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
