using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using JanitorVideo.Core;
using JanitorVideo.Render.Effects;
using JanitorVideo.Render.Ffmpeg;
using JanitorVideo.Render.Imaging;
using JanitorVideo.Render.Planning;
using JanitorVideo.Render.Preview;
using JanitorVideo.Render.Text;
using SkiaSharp;

namespace JanitorVideo.Render.Pipeline;

/// <summary>
/// Renders an <see cref="AnimationPlan"/> to a verified MP4: decode, prepare the scene once, draw
/// frames in parallel (<see cref="FrameWorkers"/>), write them in order to FFmpeg, then the previews.
/// Memory stays bounded: each worker keeps at most two finished frames waiting.
/// </summary>
public sealed class ClipRenderer(FfmpegTools tools, Func<FontCatalog>? fonts = null)
{
    /// <summary>
    /// Finished frames each worker may keep waiting for FFmpeg. Eight in all was tried against two
    /// (30 s exports, nine each, run in turn): the same ratio (1.41 against 1.40) and the same
    /// 1.94 of two cores busy, so the frames stay few.
    /// </summary>
    private const int FramesAheadPerWorker = 2;

    private readonly Lazy<FontCatalog> _fontCatalog = new(fonts ?? FontCatalog.Load);
    private readonly SceneCache _scenes = new(SceneCache.DefaultBudgetBytes);

    /// <summary>How many renders found their image's scene already prepared by an earlier one.</summary>
    public int ScenesReused => _scenes.Hits;

    public async Task<RenderedClip> RenderAsync(AnimationPlan plan, string outputPath, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        plan.Validate();
        var clock = Stopwatch.StartNew();
        var frameCount = plan.FrameCount;
        progress?.Report(new RenderProgress("Preparing", 0, frameCount));

        var frameBytes = plan.Format.Width * plan.Format.Height * 3 / 2;
        var settings = new EncodeSettings(plan.Format.Width, plan.Format.Height, plan.Fps, frameCount, plan.Quality, Music: plan.Music);
        var encodeProgress = new DirectProgress<EncodeProgress>(p => progress?.Report(new RenderProgress("Rendering", p.FramesDone, p.FrameCount)));

        // Start-up work that does not depend on the image runs while the image is decoded and the
        // scene prepared: FFmpeg's start (and a music bed's synthesis), and loading the fonts.
        var fontsLoading = plan.Texts.Count > 0 ? Task.Run(() => _fontCatalog.Value, cancellationToken) : null;
        // On a pool thread: a built-in music bed is synthesised before FFmpeg starts, which would
        // otherwise hold up the decode.
        var encoderStarting = Task.Run(() => FfmpegEncoder.StartAsync(settings, outputPath, tools, encodeProgress, cancellationToken), cancellationToken);
        SceneCache.Hold? still = null;
        FrameScene? scene = null;
        FfmpegEncoder encoder;
        TimeSpan decoded, prepared;
        try
        {
            // The image's still part comes from the scenes of recent renders, or is prepared now.
            still = await Task.Run(() => _scenes.Acquire(plan.ImagePath, plan.Format, plan.Seed, plan.PixelArt), cancellationToken);
            decoded = clock.Elapsed;
            var fonts = fontsLoading is null ? null : await fontsLoading;
            scene = Prepare(still.Still, still, plan, fonts);
            prepared = clock.Elapsed;
        }
        catch
        {
            await DisposeQuietlyAsync(encoderStarting);
            still?.Dispose();
            throw;
        }
        using var sceneOwner = scene;
        encoder = await encoderStarting;
        var started = clock.Elapsed;
        var sheetIndices = PreviewWriter.SheetMoments.Select(m => Math.Min(frameCount - 1, (int)(m * frameCount))).ToArray();
        var posterIndex = Math.Min(frameCount - 1, (int)(PreviewWriter.PosterMoment * frameCount));
        var sheetFrames = new SKBitmap?[sheetIndices.Length];
        SKBitmap? poster = null;
        try
        {
            await using (encoder)
            {
                await DrawAndWriteAsync(scene, frameCount, frameBytes, encoder, (index, yuv) =>
                {
                    var moment = Array.IndexOf(sheetIndices, index);
                    if (moment >= 0)
                    {
                        var height = 480;
                        sheetFrames[moment] = YuvPicture.ToBitmap(yuv, scene.Width, scene.Height, height * scene.Width / scene.Height, height);
                    }
                    if (index == posterIndex)
                    {
                        poster = YuvPicture.ToBitmap(yuv, scene.Width, scene.Height, scene.Width, scene.Height);
                    }
                }, cancellationToken);
                var drawn = clock.Elapsed;
                progress?.Report(new RenderProgress("Verifying", frameCount, frameCount));
                // The previews are encoded while FFmpeg finishes the last frames; they are only kept if the MP4 verifies.
                var posterPath = Path.ChangeExtension(outputPath, ".poster.jpg");
                var sheetPath = Path.ChangeExtension(outputPath, ".preview.png");
                var previews = Task.Run(() =>
                {
                    PreviewWriter.WritePoster(poster!, posterPath);
                    PreviewWriter.WriteContactSheet(sheetFrames.Select(f => f!).ToList(), sheetPath);
                }, CancellationToken.None);
                MediaProbe probe;
                try
                {
                    probe = await encoder.CompleteAsync(cancellationToken);
                }
                catch
                {
                    await previews.ContinueWith(_ => { }, TaskScheduler.Default);
                    File.Delete(posterPath);
                    File.Delete(sheetPath);
                    throw;
                }
                var completed = clock.Elapsed;
                await previews;
                var finished = clock.Elapsed;
                return new RenderedClip(outputPath, probe, posterPath, sheetPath, scene.Assets.Motion.Preset.Name, finished)
                {
                    Phases = new RenderPhases
                    {
                        Decode = decoded,
                        Prepare = prepared - decoded,
                        EncoderStart = started - prepared,
                        Frames = drawn - started,
                        Flush = completed - drawn - encoder.VerifyTime,
                        Verify = encoder.VerifyTime,
                        Previews = finished - completed,
                    },
                };
            }
        }
        finally
        {
            poster?.Dispose();
            foreach (var frame in sheetFrames)
            {
                frame?.Dispose();
            }
        }
    }

    /// <summary>A scene for <paramref name="plan"/> prepared from <paramref name="source"/> alone, owned by the result.</summary>
    internal FrameScene Prepare(SourceImage source, AnimationPlan plan, FontCatalog? fonts = null)
    {
        var still = ScenePreparation.Prepare(source, plan.Format, plan.Seed, plan.PixelArt);
        return Prepare(still, still, plan, fonts);
    }

    /// <summary>A scene for <paramref name="plan"/> drawn from <paramref name="still"/>; disposing the scene disposes <paramref name="owner"/>.</summary>
    private FrameScene Prepare(SceneStill still, IDisposable owner, AnimationPlan plan, FontCatalog? fonts)
    {
        var size = new SKSizeI(plan.Format.Width, plan.Format.Height);
        // Text sprites are drawn while the particles and the finishing pass are set up.
        var textsDrawing = Task.Run(() => plan.Texts.Select(spec => (spec, TextRenderer.Render(spec, size, fonts ?? _fontCatalog.Value))).ToList());
        var assets = still.For(plan, owner);
        var particles = new List<ParticleSystem>();
        try
        {
            particles.AddRange(plan.Particles.Select((spec, i) => new ParticleSystem(spec, size, plan.DurationSeconds, plan.Seed * 7919 + i, plan.Loop)));
            var finisher = new FrameFinisher(size.Width, size.Height, plan.EffectiveLight, plan.Seed);
            return new FrameScene
            {
                Assets = assets,
                Width = size.Width,
                Height = size.Height,
                Fps = plan.Fps,
                DurationSeconds = plan.DurationSeconds,
                Loop = plan.Loop,
                Particles = particles,
                Texts = textsDrawing.GetAwaiter().GetResult(),
                Light = plan.EffectiveLight,
                Finisher = finisher,
            };
        }
        catch
        {
            foreach (var system in particles)
            {
                system.Dispose();
            }

            assets.Dispose();
            throw;
        }
    }

    private static async Task DisposeQuietlyAsync(Task<FfmpegEncoder> starting)
    {
        try
        {
            await (await starting).DisposeAsync();
        }
        catch (Exception e) when (e is RenderInputException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The encoder never started or is being torn down; the original failure is what matters.
        }
    }

    /// <summary>
    /// How many threads draw frames: half the cores. FFmpeg's x264 needs about twice the CPU our
    /// drawing does (30 s at 1080x1920: 15.5 s against 6.5 s), so half the cores keep it fed, and
    /// drawing on every core only makes the two fight for cores and caches. Measured on 2 cores
    /// (exports inside the server, one frame thread against two): the same wall time or less for
    /// every clip and 4% less drawing CPU; a 10 s draft-quality `animate` took as long either way.
    /// </summary>
    internal static int FrameWorkers(int processors) => Math.Clamp(processors / 2, 1, 8);

    /// <summary>
    /// Worker k draws frames k, k+W, k+2W… into its own bounded queue; the writer takes frame i
    /// from queue i mod W, so frames reach FFmpeg in order while drawing runs ahead in parallel.
    /// </summary>
    private static async Task DrawAndWriteAsync(FrameScene scene, int frameCount, int frameBytes, FfmpegEncoder encoder,
        Action<int, ReadOnlySpan<byte>> inspect, CancellationToken cancellationToken)
    {
        var workerCount = FrameWorkers(Environment.ProcessorCount);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queues = Enumerable.Range(0, workerCount)
            .Select(_ => Channel.CreateBounded<byte[]>(new BoundedChannelOptions(FramesAheadPerWorker) { SingleReader = true, SingleWriter = true }))
            .ToArray();
        Exception? failure = null;
        // Dedicated threads, blocking on their queues: drawing is CPU work that would otherwise hold
        // the thread pool's few threads, starving the writer and the encoder's pump of threads.
        var workers = Enumerable.Range(0, workerCount).Select(k =>
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                var queue = queues[k].Writer;
                try
                {
                    using var worker = new FrameWorker(scene);
                    for (var index = k; index < frameCount; index += workerCount)
                    {
                        stop.Token.ThrowIfCancellationRequested();
                        var buffer = ArrayPool<byte>.Shared.Rent(frameBytes);
                        worker.Draw(index, buffer.AsSpan(0, frameBytes));
                        while (!queue.TryWrite(buffer))
                        {
                            if (!queue.WaitToWriteAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                            {
                                ArrayPool<byte>.Shared.Return(buffer);
                                return;
                            }
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                {
                    // The first real failure is the one to report; the others were cancelled because of it.
                    Interlocked.CompareExchange(ref failure, e, null);
                    stop.Cancel();
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    queue.TryComplete();
                    done.SetResult();
                }
            })
            {
                IsBackground = true,
                Name = $"janitor frame worker {k}",
            };
            thread.Start();
            return done.Task;
        }).ToArray();

        try
        {
            for (var index = 0; index < frameCount; index++)
            {
                var buffer = await queues[index % workerCount].Reader.ReadAsync(stop.Token);
                try
                {
                    inspect(index, buffer.AsSpan(0, frameBytes));
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw;
                }

                // The encoder takes the buffer over (no copy) and gives it back to the pool.
                await encoder.WriteRentedFrameAsync(buffer, stop.Token);
            }
        }
        catch (Exception)
        {
            // Cancelled or failed, the workers are stopped and waited for before the scene they draw
            // from is disposed: a worker still drawing would touch freed buffers and end the process.
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            foreach (var queue in queues)
            {
                while (queue.Reader.TryRead(out var left))
                {
                    ArrayPool<byte>.Shared.Return(left);
                }
            }
            if (failure is not null && !cancellationToken.IsCancellationRequested)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
            throw;
        }
        await Task.WhenAll(workers);
    }
}
