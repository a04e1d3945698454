namespace JanitorVideo.Render.Tests;

/// <summary>Tests that measure the whole process (its allocations, its memory) run after the others, one at a time.</summary>
[CollectionDefinition(nameof(ProcessWideMeasurements), DisableParallelization = true)]
public sealed class ProcessWideMeasurements;
