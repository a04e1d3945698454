using System.Globalization;
using System.Text;
using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Agent;
using Microsoft.Extensions.AI;

namespace JanitorVideo.Studio.Conversation;

/// <summary>
/// Asks a language model for an <see cref="EditPlan"/> when the rules found nothing to do: the
/// model gets the plan's JSON schema, the timeline and the media, and its answer must pass
/// <see cref="EditPlanJson"/>'s strict reader. One correction round is allowed; after that the
/// agent asks the user instead.
/// </summary>
public static class ModelPlanner
{
    /// <summary>The model's plan, or null when it gave none that validates.</summary>
    public static async Task<EditPlan?> PlanAsync(IChatClient model, string instruction, EditContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, Instructions(context)),
            new(ChatRole.User, instruction),
        };
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 800 };
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var answer = await model.GetResponseAsync(messages, options, cancellationToken);
            if (EditPlanJson.TryParse(answer.Text, out var plan, out var error))
            {
                return plan;
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, answer.Text));
            messages.Add(new ChatMessage(ChatRole.User, $"That is not a valid plan: {error} Answer again with the JSON plan only."));
        }

        return null;
    }

    /// <summary>The system prompt: the job, the schema, and what the project holds now.</summary>
    public static string Instructions(EditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = new StringBuilder()
            .AppendLine("You plan edits to a short animated video made from still images. Turn the user's instruction into a plan.")
            .AppendLine("Answer with one JSON object only, no prose, matching this JSON Schema:")
            .AppendLine(EditPlanJson.Schema)
            .AppendLine("If the instruction cannot be done with these steps, answer with no steps and one short question in the user's language.")
            .Append("The timeline now: ").AppendLine(TimelineSummary.Describe(context.Draft))
            .AppendLine("Uploaded media, oldest first (imageIndex counts images on the timeline first, then uploads not yet placed):");
        foreach (var (item, index) in context.Media.Select((item, index) => (item, index)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{index + 1}. {item.Kind} \"{item.Name}\" {item.Width}x{item.Height}");
        }

        return text.ToString();
    }
}
