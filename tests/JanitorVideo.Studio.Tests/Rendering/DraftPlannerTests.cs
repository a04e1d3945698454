using JanitorVideo.Core.Drafts;
using JanitorVideo.Core.Errors;
using JanitorVideo.Render.Audio;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Text;
using JanitorVideo.Studio.Rendering;

namespace JanitorVideo.Studio.Tests.Rendering;

public class DraftPlannerTests
{
    private static readonly Dictionary<string, string> Library = new()
    {
        ["m_druid"] = "/media/druid.png",
        ["m_forest"] = "/media/forest.jpg",
        ["m_sky"] = "/media/sky.webp",
        ["m_song"] = "/media/rain walk.mp3",
    };

    private static string? MediaPath(string id) => Library.GetValueOrDefault(id);

    private static DraftRenderPlan Plan(string json, string quality = "standard") => DraftPlanner.Plan(Draft.Parse(json), MediaPath, quality);

    private static DraftRenderPlan OneImage(string fx = "{}", string metadata = "{}", string tracks = "") => Plan($$"""
        {"t":[{"tt":0,"sg":[{"s":0,"d":2000,"n":"druid","src":"m_druid","fx":{{fx}}}]}{{tracks}}],"m":{{metadata}}}
        """);

    /// <summary>Three images of 2 s, 2 s and 1.5 s, as the studio writes a batch.</summary>
    private static string Batch(string tracks = "") => $$$"""
        {"t":[{"tt":0,"sg":[
          {"s":0,"d":2000,"n":"druid","src":"m_druid","fx":{"motion":"push-in"}},
          {"s":2000,"d":2000,"n":"forest","src":"m_forest","fx":{"motion":"pan-left","particles":["snow"]}},
          {"s":4000,"d":1500,"n":"night sky","src":"m_sky"}]}{{{tracks}}}],
         "m":{"width":720,"height":1280,"fps":30,"aspect":"9:16"}}
        """;

    [Theory]
    [InlineData("{}", 1080, 1920, 30)]
    [InlineData("""{"width":720,"height":1280,"fps":24}""", 720, 1280, 24)]
    [InlineData("""{"width":1920,"height":1080,"fps":30,"aspect":"16:9"}""", 1920, 1080, 30)]
    [InlineData("""{"aspect":"1:1"}""", 1080, 1080, 30)]
    [InlineData("""{"aspect":"4:3"}""", 1080, 1920, 30)]
    [InlineData("""{"fps":29.97}""", 1080, 1920, 30)]
    [InlineData("""{"width":721,"height":99999,"fps":240}""", 720, 3840, 60)]
    [InlineData("""{"width":10,"height":"wide","fps":1}""", 1080, 1920, 12)]
    public void Plan_Metadata_GivesTheFrameAndRateOrTheDefaults(string metadata, int width, int height, int fps)
    {
        var plan = OneImage(metadata: metadata);

        Assert.Equal((width, height, fps), (plan.Format.Width, plan.Format.Height, plan.Fps));
        Assert.All(plan.Shots, shot => Assert.Equal((plan.Format, plan.Fps), (shot.Plan.Format, shot.Plan.Fps)));
    }

    [Fact]
    public void Plan_Batch_OneShotPerImageBackToBackInWholeFrames()
    {
        var plan = Plan(Batch());

        Assert.Equal(["druid", "forest", "night sky"], plan.Shots.Select(shot => shot.Name));
        Assert.Equal(["/media/druid.png", "/media/forest.jpg", "/media/sky.webp"], plan.Shots.Select(shot => shot.Plan.ImagePath));
        Assert.Equal([60, 60, 45], plan.Shots.Select(shot => shot.Plan.FrameCount));
        Assert.Equal([0.0, 2.0, 4.0], plan.Shots.Select(shot => shot.StartSeconds));
        Assert.Equal(165, plan.FrameCount);
        Assert.Equal(5.5, plan.DurationSeconds, 6);
    }

    [Theory]
    [InlineData(null, 150)]
    [InlineData(200L, 30)]
    [InlineData(1234L, 37)]
    [InlineData(100_000L, 1800)]
    public void Plan_ImageLength_UnsetIsFiveSecondsAndClampedToOneToSixty(long? durationMs, int frames)
    {
        var d = durationMs is { } ms ? $",\"d\":{ms}" : string.Empty;
        var plan = Plan($$"""{"t":[{"tt":0,"sg":[{"s":0{{d}},"src":"m_druid"}]}]}""");

        Assert.Equal(frames, plan.Shots[0].Plan.FrameCount);
    }

    [Theory]
    [InlineData("{}", "auto", 1.0, 1.0, false)]
    [InlineData("""{"motion":"pan-left","strength":1.5,"speed":0.7,"loop":true}""", "pan-left", 1.5, 0.7, true)]
    [InlineData("""{"motion":"Parallax-Orbit","strength":0.6,"speed":1.4}""", "parallax-orbit", 0.6, 1.4, false)]
    [InlineData("""{"motion":"moonwalk","strength":9,"speed":0,"loop":"yes"}""", "auto", 3.0, 0.1, false)]
    [InlineData("""{"motion":7,"strength":-1,"speed":"fast"}""", "auto", 0.0, 1.0, false)]
    public void Plan_Motion_FromFxWithUnknownsToAutoAndNumbersClamped(string fx, string motion, double strength, double speed, bool loop)
    {
        var shot = OneImage(fx).Shots[0].Plan;

        Assert.Equal((motion, strength, speed, loop), (shot.Motion, shot.Strength, shot.Speed, shot.Loop));
    }

    [Theory]
    [InlineData("{}", PixelArtMode.Auto)]
    [InlineData("""{"pixelArt":true}""", PixelArtMode.On)]
    [InlineData("""{"pixelArt":false}""", PixelArtMode.Off)]
    [InlineData("""{"pixelArt":"yes"}""", PixelArtMode.Auto)]
    public void Plan_PixelArt_FromFxOrLeftToTheRenderer(string fx, PixelArtMode expected)
    {
        Assert.Equal(expected, OneImage(fx).Shots[0].Plan.PixelArt);
    }

    [Theory]
    [InlineData("""["snow"]""", new[] { ParticleKind.Snow })]
    [InlineData("""["petals","Sparkles","lasers","petals",3]""", new[] { ParticleKind.Petals, ParticleKind.Sparkles })]
    [InlineData("""["fireflies","rain","embers","dust"]""", new[] { ParticleKind.Fireflies, ParticleKind.Rain, ParticleKind.Embers, ParticleKind.Dust })]
    [InlineData("""["3"]""", new ParticleKind[0])]
    [InlineData("\"snow\"", new ParticleKind[0])]
    public void Plan_Particles_EachKnownKindOnceInOrder(string particles, ParticleKind[] kinds)
    {
        var shot = OneImage($$"""{"particles":{{particles}}}""").Shots[0].Plan;

        Assert.Equal(kinds, shot.Particles.Select(p => p.Kind));
        Assert.All(shot.Particles, p => Assert.Equal((1f, 1f), (p.Density, p.Speed)));
    }

    [Theory]
    [InlineData("{}", ColorGrade.None, 0.25f, 0f, false, false)]
    [InlineData("""{"grade":"teal-orange","vignette":0.5,"grain":0.3,"sweep":true,"glow":true}""", ColorGrade.TealOrange, 0.5f, 0.3f, true, true)]
    [InlineData("""{"grade":"noir","vignette":0,"grain":2}""", ColorGrade.Noir, 0f, 1f, false, false)]
    [InlineData("""{"grade":"vintage","vignette":-3}""", ColorGrade.Vintage, 0f, 0f, false, false)]
    [InlineData("""{"grade":"cinematic"}""", ColorGrade.TealOrange, 0.25f, 0f, false, false)]
    [InlineData("""{"grade":"plaid","sweep":"on"}""", ColorGrade.None, 0.25f, 0f, false, false)]
    [InlineData("""{"grade":"none","vignette":1}""", ColorGrade.None, 1f, 0f, false, false)]
    public void Plan_Look_GradeAndLightFromFxOverTheEngineDefaults(string fx, ColorGrade grade, float vignette, float grain, bool sweep, bool glow)
    {
        var light = OneImage(fx).Shots[0].Plan.Light;

        Assert.Equal((grade, vignette, grain, sweep, glow), (light.Grade, light.Vignette, light.Grain, light.Sweep, light.GlowPulse));
    }

    [Fact]
    public void Plan_Batch_FadesInOnTheFirstShotAndOutOnTheLastOnly()
    {
        var fades = Plan(Batch()).Shots.Select(shot => (shot.Plan.Light.FadeInSeconds > 0, shot.Plan.Light.FadeOutSeconds > 0));

        Assert.Equal([(true, false), (false, false), (false, true)], fades);
    }

    [Fact]
    public void Plan_OneImage_FadesInAndOut()
    {
        var light = OneImage().Shots[0].Plan.Light;

        Assert.True(light.FadeInSeconds > 0);
        Assert.True(light.FadeOutSeconds > 0);
    }

    [Fact]
    public void Plan_BatchTexts_EachShotShowsItsPartShiftedToItsOwnTime()
    {
        var plan = Plan(Batch("""
            ,{"tt":7,"sg":[
              {"s":0,"d":3000,"x":"The Druid","style":"title"},
              {"s":2500,"d":1000,"x":"into the woods","style":"caption","fx":{"placement":"center"}},
              {"s":0,"d":5500,"x":"a short story","style":"subtitle"},
              {"s":5000,"d":3000,"x":"the end"}]}
            """));

        Assert.Equal(
            [
                new TextLayerSpec("The Druid", TextRole.Title, 0, 2, TextPlacement.Top, TextMotion.Fade, TextMotion.None),
                new TextLayerSpec("a short story", TextRole.Subtitle, 0, 2, TextPlacement.Bottom, TextMotion.Fade, TextMotion.None),
            ],
            Rounded(plan.Shots[0].Plan.Texts));
        Assert.Equal(
            [
                new TextLayerSpec("The Druid", TextRole.Title, 0, 1, TextPlacement.Top, TextMotion.None, TextMotion.Fade),
                new TextLayerSpec("into the woods", TextRole.Caption, 0.5, 1.5, TextPlacement.Center, TextMotion.Fade, TextMotion.Fade),
                new TextLayerSpec("a short story", TextRole.Subtitle, 0, 2, TextPlacement.Bottom, TextMotion.None, TextMotion.None),
            ],
            Rounded(plan.Shots[1].Plan.Texts));
        Assert.Equal(
            [
                new TextLayerSpec("a short story", TextRole.Subtitle, 0, 1.5, TextPlacement.Bottom, TextMotion.None, TextMotion.Fade),
                new TextLayerSpec("the end", TextRole.Title, 1, 1.5, TextPlacement.Top, TextMotion.Fade, TextMotion.Fade),
            ],
            Rounded(plan.Shots[2].Plan.Texts));
    }

    [Theory]
    [InlineData("""{"x":"hello","style":"caption","fx":{"placement":"top"}}""", TextRole.Caption, TextPlacement.Top)]
    [InlineData("""{"x":"hello","style":"subtitle"}""", TextRole.Subtitle, TextPlacement.Bottom)]
    [InlineData("""{"x":"hello","style":"Title","fx":{"placement":"middle"}}""", TextRole.Title, TextPlacement.Center)]
    [InlineData("""{"x":"hello"}""", TextRole.Title, TextPlacement.Top)]
    [InlineData("""{"x":"hello","style":"banner","fx":{"placement":"left"}}""", TextRole.Caption, TextPlacement.Bottom)]
    public void Plan_TextStyleAndPlacement_MapToRoleAndPlace(string segment, TextRole role, TextPlacement placement)
    {
        var text = Assert.Single(OneImage(tracks: $$""",{"tt":7,"sg":[{{segment}}]}""").Shots[0].Plan.Texts);

        Assert.Equal((role, placement, 0.0, 2.0), (text.Role, text.Placement, text.StartSeconds, text.EndSeconds));
    }

    [Theory]
    [InlineData("""{"s":4000,"d":1000,"x":"after the clip"}""")]
    [InlineData("""{"s":0,"d":1000,"x":"   "}""")]
    [InlineData("""{"s":1000,"d":0,"x":"no time"}""")]
    public void Plan_TextOutsideTheClipOrWithoutWords_IsLeftOut(string segment)
    {
        Assert.Empty(OneImage(tracks: $$""",{"tt":7,"sg":[{{segment}}]}""").Shots[0].Plan.Texts);
    }

    [Theory]
    [InlineData("""{"s":0,"d":2000,"n":"Lo-fi","src":"bed:lo-fi","v":35}""", MusicBed.LoFi, null, 0.35)]
    [InlineData("""{"s":0,"d":2000,"src":"bed:epic"}""", MusicBed.Epic, null, 0.35)]
    [InlineData("""{"s":0,"d":2000,"src":"bed:cute","v":250}""", MusicBed.Cute, null, 1.0)]
    [InlineData("""{"s":0,"d":900,"n":"rain walk","src":"m_song","v":80}""", null, "/media/rain walk.mp3", 0.8)]
    [InlineData("""{"s":0,"d":2000,"src":"m_song","v":0}""", null, "/media/rain walk.mp3", 0.0)]
    public void Plan_Music_UploadedTrackOrBedAtItsVolume(string segment, MusicBed? bed, string? file, double volume)
    {
        var music = OneImage(tracks: $$""",{"tt":1,"sg":[{{segment}}]}""").Music;

        Assert.NotNull(music);
        Assert.Equal((bed, file, volume), (music.Spec.Bed, music.Spec.FilePath, music.Spec.Volume));
    }

    [Fact]
    public void Plan_WithoutMusic_HasNone()
    {
        Assert.Null(OneImage(tracks: """,{"tt":1,"sg":[{"s":0,"d":2000,"v":50}]}""").Music);
    }

    [Fact]
    public void Plan_OneImage_TheSingleClipCarriesTheMusic()
    {
        var plan = OneImage(tracks: """,{"tt":1,"sg":[{"src":"bed:ambient","v":50}]}""");

        Assert.Equal(MusicBed.Ambient, plan.SingleClip?.Music?.Bed);
        Assert.Null(plan.Shots[0].Plan.Music);
    }

    [Fact]
    public void Plan_Batch_ShotsAreSilentAndTheJoinCarriesTheMusicForTheWhole()
    {
        var plan = Plan(Batch(""",{"tt":1,"sg":[{"s":0,"d":5500,"src":"bed:lo-fi","v":35}]}"""));

        Assert.Null(plan.SingleClip);
        Assert.All(plan.Shots, shot => Assert.Null(shot.Plan.Music));
        Assert.Equal((720, 1280, 30, 165, MusicBed.LoFi), (plan.JoinSettings.Width, plan.JoinSettings.Height, plan.JoinSettings.Fps, plan.JoinSettings.FrameCount, plan.JoinSettings.Music?.Bed));
    }

    [Theory]
    [InlineData("high", EncodeQuality.High)]
    [InlineData("HIGH", EncodeQuality.High)]
    [InlineData("standard", EncodeQuality.Standard)]
    [InlineData("draft", EncodeQuality.Draft)]
    [InlineData("preview", EncodeQuality.Draft)]
    [InlineData("ultra", EncodeQuality.Standard)]
    [InlineData("", EncodeQuality.Standard)]
    public void Plan_Quality_WordsMapToTheEncoderAndUnknownToTheDefault(string quality, EncodeQuality expected)
    {
        var plan = Plan(Batch(), quality);

        Assert.Equal(expected, plan.Quality);
        Assert.All(plan.Shots, shot => Assert.Equal(expected, shot.Plan.Quality));
    }

    [Fact]
    public void Plan_SameDraftTwice_SameSeedsAndEachShotItsOwn()
    {
        var first = Plan(Batch()).Shots.Select(shot => shot.Plan.Seed).ToList();
        var second = Plan(Batch()).Shots.Select(shot => shot.Plan.Seed).ToList();

        Assert.Equal(first, second);
        Assert.Equal(3, first.Distinct().Count());
        Assert.All(first, seed => Assert.InRange(seed, 1, 1_000_000));
    }

    [Fact]
    public void Plan_DraftSeedSet_SameSeedForThePictureUploadedAgain_OtherSeedOtherParticles()
    {
        // animate --seed: each run uploads the picture again, under a new media id.
        static int SeedOf(string mediaId, int seed) => Plan($$$"""
            {"t":[{"tt":0,"sg":[{"s":0,"d":2000,"n":"druid","src":"{{{mediaId}}}"}]}],"m":{"seed":{{{seed}}}}}
            """).Shots.Single().Plan.Seed;

        Assert.Equal(SeedOf("m_druid", 7), SeedOf("m_forest", 7));
        Assert.NotEqual(SeedOf("m_druid", 7), SeedOf("m_druid", 8));
    }

    [Theory]
    [InlineData("""{"t":[]}""")]
    [InlineData("""{"t":[{"tt":0,"sg":[]}]}""")]
    [InlineData("""{"t":[{"tt":1,"sg":[{"src":"bed:lo-fi"}]},{"tt":7,"sg":[{"x":"hello"}]}]}""")]
    public void Plan_NoImage_NothingToExport(string json)
    {
        var error = Assert.Throws<VideoBackendException>(() => Plan(json));

        Assert.Equal(ErrorKind.NothingToExport, error.Kind);
    }

    [Fact]
    public void Plan_ImageTheProjectNoLongerHas_InvalidInputNamingIt()
    {
        var error = Assert.Throws<VideoBackendException>(() => Plan("""{"t":[{"tt":0,"sg":[{"d":2000,"n":"druid","src":"m_gone"}]}]}"""));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Equal("The image 'druid' is no longer in the project; upload it again.", error.Message);
    }

    [Fact]
    public void Plan_ImageWithoutSource_InvalidInputSayingWhichImage()
    {
        var error = Assert.Throws<VideoBackendException>(() => Plan("""{"t":[{"tt":0,"sg":[{"d":2000,"src":"m_druid"},{"d":2000,"n":"blank"}]}]}"""));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("Image 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"n":"rain walk","src":"m_gone"}""", "The music 'rain walk' is no longer in the project")]
    [InlineData("""{"src":"bed:jazz"}""", "There is no built-in music called 'jazz'")]
    public void Plan_MusicTheProjectCannotPlay_InvalidInputNamingIt(string segment, string words)
    {
        var error = Assert.Throws<VideoBackendException>(() => OneImage(tracks: $$""",{"tt":1,"sg":[{{segment}}]}"""));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.StartsWith(words, error.Message, StringComparison.Ordinal);
    }

    // Shot edges are frames over a rate: compare times to the microsecond.
    private static List<TextLayerSpec> Rounded(IEnumerable<TextLayerSpec> texts) =>
        [.. texts.Select(text => text with { StartSeconds = Math.Round(text.StartSeconds, 6), EndSeconds = Math.Round(text.EndSeconds, 6) })];
}
