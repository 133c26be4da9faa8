using Vitrin.Api.Tests.Infrastructure;

namespace Vitrin.Api.Tests.Media;

/// <summary>
/// security.md: a PNG bomb is refused "without a memory spike". The process's memory moves with every
/// test running alongside, so this one runs alone, after the parallel ones, and samples the resident
/// memory while the upload is answered.
/// </summary>
[CollectionDefinition(nameof(UploadBombMemoryTests), DisableParallelization = true)]
public sealed class UploadBombMemoryRunsAlone;

[Collection(nameof(UploadBombMemoryTests))]
public sealed class UploadBombMemoryTests(VitrinApp app)
{
    [Fact]
    public async Task AFiftyThousandSquarePngBombIsRefusedWithoutAMemorySpike()
    {
        var maker = await app.RegisterAsync("bombmem");
        var id = (await maker.CreateAsync()).Id();
        var bomb = TestImages.BombPng(50_000, 50_000);
        // Warm: libvips loaded and the upload path compiled before the measure, as when the suite runs whole.
        await maker.AddMediaAsync(id, TestImages.Jpeg(64, 64));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Environment.WorkingSet;
        var peak = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(2, CancellationToken.None);
            }
        }, CancellationToken.None);

        var response = await maker.PostMediaAsync(id, TestImages.Form(bomb, "bomb.png", "image/png"));
        await done.CancelAsync();
        await sampler;
        peak = Math.Max(peak, Environment.WorkingSet);

        await response.AssertValidationErrorAsync("file");
        // Its pixels would take 7.5 GB. Measured on a 2-core machine: about 10 MB for the refusal; 370 MB when
        // the header check is disabled and libvips streams the file instead.
        Assert.InRange(peak - before, long.MinValue, 128L << 20);
    }
}
