using System.Text.Json;
using JanitorVideo.Render.Motion;
using JanitorVideo.Studio.Agent;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Agent;

public class EditPlanJsonTests
{
    private static readonly EditPlan EveryStep = new(
    [
        new Animate(0, "parallax-orbit", 0.6, 1.4, true),
        new Animate(null, null, null, null, null),
        new AddParticles(1, "fireflies"),
        new RemoveParticles(null, null),
        new RemoveParticles(2, "snow"),
        new SetLook(null, "teal-orange", 0.25, 0.5, true, false),
        new SetDuration(null, 60, "90 s is longer than the 60 s maximum; using 60 s."),
        new SetDuration(1, 2.5),
        new SetAspect("1:1"),
        new SetResolution(1080, "4K isn't available here; using 1080p, the largest."),
        new AddText("德鲁伊 \"The Druid\"", "title", 0, 3, "top"),
        new ChangeText(null, null, 1.5, null, null),
        new RemoveText("caption"),
        new SetMusic("bed:lo-fi", 35),
        new SetMusic("m_ab12cd", null, null),
        new SetVolume(0, null),
        new RemoveMusic(),
        new RemoveImage(3),
        new Undo(),
        new Redo(),
    ], ["everything", "一切"], null);

    [Fact]
    public void TryParse_WrittenPlanOfEveryStepType_ReadsBackEqual()
    {
        var json = EditPlanJson.ToJson(EveryStep);

        Assert.True(EditPlanJson.TryParse(json, out var plan, out var error), error);
        Assert.Equal(EveryStep.Steps, plan.Steps);
        Assert.Equal(EveryStep.Understood, plan.Understood);
        Assert.Null(plan.Question);
    }

    [Fact]
    public void ToJson_Plan_IsReadableShortJson()
    {
        var json = EditPlanJson.ToJson(new EditPlan([new Animate(1, "pull-out", null, 0.7, null), new AddText("德鲁伊", "title", null, null, null)], ["zoom out"], null));

        Assert.Equal(
            """{"steps":[{"type":"animate","imageIndex":1,"motion":"pull-out","speed":0.7},{"type":"add_text","text":"德鲁伊","style":"title"}],"understood":["zoom out"],"question":null}""",
            json);
    }

    [Fact]
    public void TryParse_Question_ReadsAPlanWithoutSteps()
    {
        Assert.True(EditPlanJson.TryParse("""{"steps":[],"question":"Which image?"}""", out var plan, out _));

        Assert.True(plan.IsQuestion);
        Assert.Empty(plan.Understood);
    }

    [Fact]
    public void TryParse_ModelAnswerInACodeFence_IsRead()
    {
        var answer = "```json\n{\"steps\":[{\"motion\":\"idle\",\"type\":\"animate\",\"imageIndex\":null}],\"understood\":[\"breathing\"]}\n```";

        Assert.True(EditPlanJson.TryParse(answer, out var plan, out var error), error);
        Assert.Equal([new Animate(null, "idle", null, null, null)], plan.Steps);
    }

    [Theory]
    [InlineData("""{"steps":[{"type":"fly","to":"moon"}]}""", "steps[0]: Read unrecognized type discriminator id 'fly'. Each step needs \"type\", one of animate, add_particles")]
    [InlineData("""{"steps":[{"to":"moon"}]}""", "steps[0]: The JSON payload for polymorphic interface or abstract type 'a step' must specify a type discriminator. Each step needs \"type\", one of animate")]
    [InlineData("""{"steps":[{"type":"add_particles","kind":null}]}""", "steps[0] (add_particles): kind must be a string. The fields of add_particles are type, imageIndex, kind; required: kind.")]
    [InlineData("""{"steps":[null]}""", "steps[0] must be a step object, but it is null.")]
    [InlineData("""{"steps":[{"type":"set_volume","volumePercent":400}]}""", "steps[0] (set_volume): volumePercent must be between 0 and 100, but it is 400.")]
    [InlineData("""{"steps":[{"type":"set_duration","seconds":-1}]}""", "steps[0] (set_duration): seconds must be between 1 and 60, but it is -1.")]
    [InlineData("make it snow", "The answer is not valid JSON")]
    [InlineData("""{"steps":[{"type":"animate","zoom":2}]}""", "steps[0] (animate): The JSON property 'zoom' could not be mapped to any .NET member contained in type 'animate'. The fields of animate are type, imageIndex, motion, strength, speed, loop, pixelArt.")]
    [InlineData("""{"steps":[{"type":"animate","imageIndex":"two"}]}""", "steps[0] (animate): imageIndex must be a whole number.")]
    [InlineData("""{"steps":[{"type":"remove_image","imageIndex":1.5}]}""", "steps[0] (remove_image): imageIndex must be a whole number.")]
    [InlineData("""{"steps":[{"type":"remove_image"}]}""", "steps[0] (remove_image): JSON deserialization for type 'remove_image' was missing required properties including: 'imageIndex'.")]
    [InlineData("""{"steps":[{"type":"animate","motion":"spin"}]}""", "steps[0] (animate): motion must be one of auto, push-in, pull-out")]
    [InlineData("""{"steps":[{"type":"add_text","text":"hi","style":"caption","startSeconds":4,"endSeconds":2}]}""", "steps[0] (add_text): endSeconds must come after startSeconds.")]
    [InlineData("""{"steps":[{"type":"change_text","style":"title"}]}""", "steps[0] (change_text): it changes nothing")]
    [InlineData("""{"steps":[{"type":"set_music","source":"bed:jazz"}]}""", "steps[0] (set_music): source \"bed:jazz\" is not allowed here.")]
    [InlineData("""{"steps":[{"type":"set_resolution","shortSide":2160}]}""", "steps[0] (set_resolution): shortSide must be one of 720, 1080, but it is 2160.")]
    [InlineData("""{"steps":[{"type":"undo"}],"question":"Sure?"}""", "A plan either asks a question or has steps, not both.")]
    [InlineData("""{"steps":[]}""", "The plan has no steps and no question.")]
    [InlineData("""{"steps":[{"type":"redo"}],"mood":"happy"}""", "the plan: The JSON property 'mood' could not be mapped")]
    [InlineData("""{"steps":[{"type":"set_aspect","aspect":"4:3","aspect":"9:16"}]}""", "The answer is not valid JSON: Duplicate property 'aspect'")]
    [InlineData("""[{"type":"undo"}]""", "The plan must be a JSON object, but it is an array.")]
    [InlineData("""{"steps":{"type":"undo"}}""", "the plan: steps must be an array of steps.")]
    [InlineData("", "The answer is empty")]
    public void TryParse_InvalidAnswer_SaysWhatIsWrongAndWhere(string json, string expected)
    {
        Assert.False(EditPlanJson.TryParse(json, out var plan, out var error));

        Assert.Null(plan);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_IsJsonThatNamesEveryStepTypeAndMotion()
    {
        using var schema = JsonDocument.Parse(EditPlanJson.Schema);
        var steps = schema.RootElement.GetProperty("properties").GetProperty("steps").GetProperty("items").GetProperty("anyOf");
        var types = steps.EnumerateArray().Select(step => step.GetProperty("properties").GetProperty("type").GetProperty("const").GetString()).ToList();
        var motions = steps[0].GetProperty("properties").GetProperty("motion").GetProperty("enum").EnumerateArray()
            .Where(value => value.ValueKind == JsonValueKind.String).Select(value => value.GetString()).ToList();

        Assert.Equal(["animate", "add_particles", "remove_particles", "set_look", "set_duration", "set_aspect", "set_resolution", "add_text",
            "change_text", "remove_text", "set_music", "set_volume", "remove_music", "remove_image", "undo", "redo"], types);
        Assert.Equal(["auto", .. MotionPresets.All.Select(preset => preset.Name)], motions);
    }

    [Fact]
    public void Schema_MatchesGolden() => Golden.Verify("edit-plan-schema.json", EditPlanJson.Schema);
}
