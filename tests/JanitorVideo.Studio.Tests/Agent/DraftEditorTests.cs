using JanitorVideo.Core.Drafts;
using JanitorVideo.Studio.Agent;
using JanitorVideo.TestSupport;

namespace JanitorVideo.Studio.Tests.Agent;

public class DraftEditorTests
{
    // A draft as the cloud or an older studio might hold it: keys the studio does not know at
    // every level (root, metadata, tracks, segments, fx) and a track type it does not know.
    private static readonly Draft Rich = Draft.Parse("""
        {"v":3,"t":[
          {"tt":0,"id":"trk_video","sg":[
            {"s":0,"d":5000,"n":"druid","src":"m_druid","fx":{"motion":"auto","x_curve":"ease"},"x_crop":[0,0,1,1]},
            {"s":5000,"d":5000,"n":"forest","src":"m_forest","fx":{"motion":"pan-left","particles":["snow"]}}]},
          {"tt":1,"sg":[{"s":0,"d":10000,"n":"Lo-fi","src":"bed:lo-fi","v":35,"x_fade":0.5}]},
          {"tt":7,"sg":[
            {"s":0,"d":3000,"x":"The Druid","style":"title","fx":{"x_font":"Serif"}},
            {"s":5000,"d":5000,"x":"into the woods","style":"caption"}]},
          {"tt":9,"x_stickers":["star"]}],
         "d":10000,"m":{"width":1080,"height":1920,"fps":30,"aspect":"9:16","title":"Druid walk","x_theme":"dark"},"x_session":"abc"}
        """);

    private static readonly MediaItem[] RichMedia = [AgentContexts.Druid, AgentContexts.Forest];

    [Fact]
    public void Apply_FirstImage_PlacesItWithTheStudioDefaults() =>
        VerifyEdit("place-first-image", Draft.Empty, [AgentContexts.Druid], new Animate(null, "auto", null, null, null));

    [Fact]
    public void Apply_BatchWithLength_PlacesImagesBackToBackAndSharesTheLength() =>
        VerifyEdit("place-batch", Draft.Empty, [AgentContexts.Druid, AgentContexts.Forest, AgentContexts.Sky],
            new Animate(null, "idle", 0.6, null, null), new SetDuration(null, 12));

    [Fact]
    public void Apply_MotionOfOneImage_ChangesOnlyThatImage() =>
        VerifyEdit("motion-second-image", Rich, RichMedia, new Animate(1, "pull-out", null, 0.7, true));

    [Fact]
    public void Apply_Particles_AddedOncePerImageAndRemovedByKind() =>
        VerifyEdit("particles", Rich, RichMedia,
            new AddParticles(0, "petals"), new RemoveParticles(1, "snow"), new AddParticles(null, "sparkles"), new AddParticles(0, "sparkles"));

    [Fact]
    public void Apply_Look_SetsGradeAndLightOnEveryImage() =>
        VerifyEdit("look", Rich, RichMedia, new SetLook(null, "vintage", 0.5, 0.3, true, true));

    [Fact]
    public void Apply_LongerImage_MovesWhatFollowsAndStretchesMusicAndClosingText() =>
        VerifyEdit("duration-one-image", Rich, RichMedia, new SetDuration(0, 8));

    [Fact]
    public void Apply_ShorterClip_CutsTextsToTheClip() =>
        VerifyEdit("duration-shorter", Rich, RichMedia, new SetDuration(null, 4));

    [Fact]
    public void Apply_AspectAndResolution_ResizeTheFrame() =>
        VerifyEdit("aspect-resolution", Rich, RichMedia, new SetAspect("16:9"), new SetResolution(720, null));

    [Fact]
    public void Apply_NewTitle_ReplacesTheTitleAndCaptionsAreAdded() =>
        VerifyEdit("text-add", Rich, RichMedia,
            new AddText("Forest Spirit", "title", null, null, "top"), new AddText("hello", "caption", 2, 4, null));

    [Fact]
    public void Apply_ChangeAndRemoveText_KeepsUnknownFields() =>
        VerifyEdit("text-change-remove", Rich, RichMedia,
            new ChangeText("caption", "deeper in", 6, null, "bottom"), new RemoveText("title"));

    [Fact]
    public void Apply_RemoveAllText_RemovesTheTextTrack() =>
        VerifyEdit("text-remove-all", Rich, RichMedia, new RemoveText(null));

    [Fact]
    public void Apply_NewMusic_ReplacesTheBedAndKeepsItsUnknownFields() =>
        VerifyEdit("music-bed", Rich, RichMedia, new SetMusic("bed:epic", 50));

    [Fact]
    public void Apply_UploadedSong_AddsAMusicTrackNamedAfterTheFile() =>
        VerifyEdit("music-song", AgentContexts.OneImageDraft, [AgentContexts.Druid, AgentContexts.Song], new SetMusic("m_song", null));

    [Fact]
    public void Apply_VolumeThenRemoveMusic_LeavesNoAudioTrack() =>
        VerifyEdit("music-remove", Rich, RichMedia, new SetVolume(60), new RemoveMusic());

    [Fact]
    public void Apply_RemoveImage_ClosesTheGap() =>
        VerifyEdit("remove-image", Rich, RichMedia, new RemoveImage(0));

    [Fact]
    public void Apply_PlanFromWords_BuildsTheWholeClip()
    {
        var context = AgentContexts.Fresh;
        var plan = InstructionRules.Plan(
            "make it breathe gently with falling petals, 8 seconds, add the title 'The Druid' for the first 3 seconds, lo-fi music", context);

        VerifyEdit("from-words", context.Draft, context.Media, [.. plan.Steps]);
    }

    [Fact]
    public void Apply_UnknownFields_SurviveEveryKindOfEdit()
    {
        var plan = new EditPlan(
        [
            new Animate(null, "push-in", 1.5, 1.4, false), new AddParticles(null, "dust"), new SetLook(null, "cool", 0, 0, false, false),
            new SetDuration(null, 20), new SetAspect("1:1"), new ChangeText(null, null, null, null, "center"), new SetVolume(10),
        ], [], null);

        var after = DraftEditor.Apply(Rich, plan, RichMedia).ToJson();

        foreach (var kept in new[] { "\"v\":3", "\"x_session\":\"abc\"", "\"x_theme\":\"dark\"", "\"title\":\"Druid walk\"", "\"id\":\"trk_video\"",
                     "\"x_crop\":[0,0,1,1]", "\"x_curve\":\"ease\"", "\"x_fade\":0.5", "\"x_font\":\"Serif\"", "{\"tt\":9,\"x_stickers\":[\"star\"]}" })
        {
            Assert.Contains(kept, after, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Apply_DoesNotChangeTheDraftItIsGiven()
    {
        var before = Rich.ToJson();

        _ = DraftEditor.Apply(Rich, new EditPlan([new RemoveImage(0), new RemoveMusic(), new RemoveText(null)], [], null), RichMedia);

        Assert.Equal(before, Rich.ToJson());
    }

    [Fact]
    public void Apply_UndoAndRedo_AreLeftToTheCaller()
    {
        var after = DraftEditor.Apply(Rich, new EditPlan([new Undo(), new Redo()], [], null), RichMedia);

        Assert.Equal(Rich.ToJson(), after.ToJson());
    }

    [Fact]
    public void Apply_StepAboutAnImageThatIsNotThere_ChangesNothing()
    {
        var plan = new EditPlan([new Animate(7, "pan-up", null, null, null), new RemoveImage(5), new SetDuration(9, 3)], [], null);

        Assert.Equal(Rich.ToJson(), DraftEditor.Apply(Rich, plan, RichMedia).ToJson());
    }

    [Fact]
    public void Apply_TextAfterTheEnd_ShowsAtTheEndInstead()
    {
        var plan = new EditPlan([new AddText("late", "caption", 30, 40, null)], [], null);

        var caption = DraftEditor.Apply(AgentContexts.OneImageDraft, plan, [AgentContexts.Druid])
            .Tracks.Single(track => track.Kind == TrackKind.Text).Segments.Single();

        Assert.Equal((0L, 5000L), (caption.StartMs!.Value, caption.EndMs!.Value));
    }

    [Fact]
    public void Apply_SecondTitle_ReplacesTheFirst()
    {
        var plan = new EditPlan([new AddText("One", "title", null, null, null), new AddText("Two", "title", 1, 2, null)], [], null);

        var texts = DraftEditor.Apply(AgentContexts.OneImageDraft, plan, [AgentContexts.Druid])
            .Tracks.Where(track => track.Kind == TrackKind.Text).SelectMany(track => track.Segments).ToList();

        Assert.Equal("Two", Assert.Single(texts).Text);
    }

    private static void VerifyEdit(string name, Draft before, IReadOnlyList<MediaItem> media, params EditStep[] steps)
    {
        var plan = new EditPlan(steps, [], null);
        var after = DraftEditor.Apply(before, plan, media);
        Golden.Verify($"editor-{name}.txt",
            $"plan: {EditPlanJson.ToJson(plan)}\n\nbefore:\n{DraftJsonText.Pretty(before)}\n\nafter:\n{DraftJsonText.Pretty(after)}\n");
    }
}
