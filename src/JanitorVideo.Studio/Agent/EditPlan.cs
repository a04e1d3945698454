using System.ComponentModel;
using System.Text.Json.Serialization;

namespace JanitorVideo.Studio.Agent;

/// <summary>
/// What the agent will do for one instruction: the steps in order, one plain line per thing it
/// understood (in the user's language; notes such as "4K isn't available here" included), and a
/// question when it cannot act. A plan with a question has no steps.
/// </summary>
/// <remarks>
/// Plain data, so a language model's answer can be read into the same types
/// (see <see cref="EditPlanJson"/>). Image indexes count from 0 along the video track, with
/// uploaded images not yet on the timeline counted after it in upload order.
/// </remarks>
[Description("What the studio agent does for one instruction: steps in order, one plain line per thing understood (in the user's language), " +
    "or a question and no steps. Seconds are 1–60; texts' endSeconds come after startSeconds.")]
public sealed record EditPlan(
    [property: JsonRequired] IReadOnlyList<EditStep> Steps,
    IReadOnlyList<string> Understood,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Question)
{
    /// <summary>True when the plan asks the user something instead of editing.</summary>
    [JsonIgnore]
    public bool IsQuestion => Question is not null && Steps.Count == 0;
}
