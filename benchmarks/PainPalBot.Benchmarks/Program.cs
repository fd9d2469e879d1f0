using BenchmarkDotNet.Running;
using PainPalBot.Benchmarks;

// `dotnet run -c Release -- <run> [args]` starts a load run against FakeDiscord; anything else goes to BenchmarkDotNet.
// To add a load run: write a XxxLoadRun.cs like RestLoadRun.cs (a static RunAsync(string[] args) returning an exit code)
// and add one line below.
return args.FirstOrDefault() switch
{
    "rest" => await RestLoadRun.RunAsync(args[1..]),
    "interactions" => await InteractionLoadRun.RunAsync(args[1..]),
    "prompts" => await PromptLoadRun.RunAsync(args[1..]),
    "prompts-deliver" => await PromptDeliveryLoadRun.RunAsync(args[1..]),
    "interactions-burst" => await InteractionBurstLoadRun.RunAsync(args[1..]),
    "interactions-loopback" => await InteractionLoopbackLoadRun.RunAsync(args[1..]),
    "crisis" => await CrisisLoadRun.RunAsync(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(RestLoadRun).Assembly).Run(args);
    return 0;
}
