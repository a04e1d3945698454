using System.Text.Json.Nodes;
using JanitorVideo.Core.Backend;
using JanitorVideo.Nemo.Api;

namespace JanitorVideo.Nemo.Tests.Api;

/// <summary>A render's answer read in either documented shape, the shape told by where <c>status</c> is.</summary>
public sealed class RenderAnswerTests
{
    private static readonly Uri ApiBase = new("https://api.example/");

    [Theory]
    // Shape A: the render at the top level, its link in output.url.
    [InlineData("""{"success": true, "id": "r1", "status": "completed", "progress": 100, "output": {"url": "/api/render/r1/download"}}""")]
    // Shape B: the render under data, its link in outputUrl.
    [InlineData("""{"success": true, "data": {"id": "r1", "status": "completed", "progress": 100, "outputUrl": "/api/render/r1/download"}}""")]
    // Shape A with a data object of something else beside it.
    [InlineData("""{"id": "r1", "status": "completed", "progress": 100, "output": {"url": "/api/render/r1/download"}, "data": {"credits_used": 12}}""")]
    // Shape A whose data happens to hold a status of its own: the render's is the top-level one.
    [InlineData("""{"id": "r1", "status": "completed", "progress": 100, "output": {"url": "/api/render/r1/download"}, "data": {"status": "queued", "outputUrl": "/elsewhere.mp4"}}""")]
    public void Read_EitherShape_GivesTheSameFinishedJob(string answer)
    {
        var job = Read(answer);

        Assert.Equal("r1", job.Id);
        Assert.Equal(RenderStatus.Completed, job.Status);
        Assert.Equal(100, job.Progress);
        Assert.Equal(new Uri("https://api.example/api/render/r1/download"), job.OutputUrl);
    }

    [Fact]
    public void Read_ShapeAStillRenderingBesideAFinishedLookingData_IsStillRendering()
    {
        var job = Read("""{"status": "rendering", "progress": 40, "data": {"status": "completed", "progress": 100, "outputUrl": "https://cdn.example/old.mp4"}}""");

        Assert.Equal(RenderStatus.Processing, job.Status);
        Assert.Equal(40, job.Progress);
        Assert.Null(job.OutputUrl);
    }

    [Fact]
    public void Read_ShapeBFailed_GivesTheErrorAndTimes()
    {
        var job = Read("""{"success": true, "data": {"status": "failed", "error": "out of credits", "createdAt": "2026-03-01T12:00:00Z", "completedAt": "2026-03-01T12:01:00Z"}}""");

        Assert.Equal(RenderStatus.Failed, job.Status);
        Assert.Equal("out of credits", job.Error);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 1, 0, TimeSpan.Zero), job.CompletedAt);
        Assert.Equal("render_asked", job.Id);
    }

    [Fact]
    public void Read_NoStatusAnywhere_IsPending()
    {
        var job = Read("""{"success": true, "data": {"id": "r1"}}""");

        Assert.Equal(RenderStatus.Pending, job.Status);
        Assert.Equal("r1", job.Id);
    }

    private static RenderJob Read(string answer) =>
        RenderAnswer.Read(JsonNode.Parse(answer)!.AsObject(), "render_asked", ApiBase);
}
