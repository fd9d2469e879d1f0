using PainPalBot.Discord.Interactions;

namespace PainPalBot.Discord.Tests.Interactions;

/// <summary>Modules that break Discord's rules; internal so assembly scans skip them.</summary>
internal static class InvalidModules
{
    internal sealed class UppercaseName : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("CheckIn", "Bad name")]
        public Task RunAsync() => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class SpaceInName : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("check in", "Bad name")]
        public Task RunAsync() => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class LongDescription : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("long", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789X")]
        public Task RunAsync() => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class EmptyDescription : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("empty", "")]
        public Task RunAsync() => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class TooManyOptions : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("many", "Too many options")]
        public Task RunAsync(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int n, int o, int p, int q, int r, int s, int t, int u, int v, int w, int x, int y, int z) => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class BadOptionName : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("option", "Bad option name")]
        public Task RunAsync([Summary("Pain Level")] int pain) => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class ChoicesAndAutocomplete : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("both", "Choices and autocomplete")]
        public Task RunAsync([Choice("A", "a"), Autocomplete(typeof(Sample.FruitAutocomplete))] string x) => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class CaptureMismatch : InteractionModuleBase<InteractionContext>
    {
        [ComponentInteraction("x:*:*")]
        public Task RunAsync(string only) => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class Duplicate : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("ping", "Same as the sample")]
        public Task RunAsync() => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }
}
