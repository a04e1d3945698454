using System.Text.Json;
using JanitorVideo.Server.Skill;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JanitorVideo.Server.Tools;

/// <summary>
/// Puts a <see cref="CreditQuote"/> to the user through MCP elicitation: the host shows the question
/// with one tick box ("spend"), ticked; accepting with it ticked is a yes, anything else a no.
/// </summary>
public static class SpendConfirmation
{
    /// <summary>The one field of the form.</summary>
    public const string Field = "spend";

    /// <summary>How to ask <paramref name="server"/>'s user, or null when its client cannot be asked (no elicitation, or links only).</summary>
    public static AskToSpend? For(McpServer server, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(server);
        // A form is what is asked; an empty elicitation capability means forms (the revisions before modes).
        if (server.ClientCapabilities?.Elicitation is not { } elicitation || elicitation.Form is null && elicitation.Url is not null)
        {
            return null;
        }

        return async (quote, cancellationToken) =>
        {
            try
            {
                var result = await server.ElicitAsync(new ElicitRequestParams
                {
                    Message = quote.Question,
                    RequestedSchema = new ElicitRequestParams.RequestSchema
                    {
                        Properties =
                        {
                            [Field] = new ElicitRequestParams.BooleanSchema
                            {
                                Title = $"Spend about {quote.Cost} credits",
                                Description = "Untick (or decline) to send nothing and spend nothing.",
                                Default = true,
                            },
                        },
                    },
                }, cancellationToken);
                return result.IsAccepted && Ticked(result) ? SpendAnswer.Yes : SpendAnswer.No;
            }
            catch (Exception e) when (e is McpException or InvalidOperationException or JsonException)
            {
                logger.LogWarning("The client could not be asked about spending {Cost} credits: {Reason}", quote.Cost, e.Message);
                return SpendAnswer.NoAnswer;
            }
        };
    }

    // A form accepted without the field keeps its default (ticked).
    private static bool Ticked(ElicitResult result) =>
        result.Content is not { } content || !content.TryGetValue(Field, out var value) || value.ValueKind != JsonValueKind.False;
}
