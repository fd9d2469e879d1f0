namespace PainPalBot.Benchmarks;

internal static class InteractionBurstLoadRun
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(args.Length >= 0 ? 2 : 2);
}
