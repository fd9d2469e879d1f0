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
    internal sealed class LongMessageCommandName : InteractionModuleBase<InteractionContext>
    {
        [MessageCommand("Ask the moderators to check in now")]
        public Task RunAsync(Models.Message message) => Context is null || message is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class PaddedMessageCommandName : InteractionModuleBase<InteractionContext>
    {
        [MessageCommand(" Ask mods")]
        public Task RunAsync(Models.Message message) => Context is null || message is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class MessageCommandWithOptions : InteractionModuleBase<InteractionContext>
    {
        [MessageCommand("Ask mods")]
        public Task RunAsync(Models.Message message, string reason) => Context is null || message is null || reason is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class MessageCommandTakingUser : InteractionModuleBase<InteractionContext>
    {
        [MessageCommand("Ask mods")]
        public Task RunAsync(Models.User user) => Context is null || user is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class UserCommandTakingMessage : InteractionModuleBase<InteractionContext>
    {
        [UserCommand("Wave")]
        public Task RunAsync(Models.Message message) => Context is null || message is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class DuplicateMessageCommand : InteractionModuleBase<InteractionContext>
    {
        [MessageCommand("Bookmark this")]
        public Task RunAsync(Models.Message message) => Context is null || message is null ? Task.CompletedTask : Task.CompletedTask;
    }

    internal sealed class SlashAndMessageCommand : InteractionModuleBase<InteractionContext>
    {
        [SlashCommand("both", "Two kinds at once")]
        [MessageCommand("Both")]
        public Task RunAsync() => Context is null ? Task.CompletedTask : Task.CompletedTask;
    }

    /// <summary>Sixteen message commands: one more than Discord allows.</summary>
    internal sealed class SixteenMessageCommands : InteractionModuleBase<InteractionContext>
    {
        [MessageCommand("M01")] public Task M01(Models.Message m) => Done(m);
        [MessageCommand("M02")] public Task M02(Models.Message m) => Done(m);
        [MessageCommand("M03")] public Task M03(Models.Message m) => Done(m);
        [MessageCommand("M04")] public Task M04(Models.Message m) => Done(m);
        [MessageCommand("M05")] public Task M05(Models.Message m) => Done(m);
        [MessageCommand("M06")] public Task M06(Models.Message m) => Done(m);
        [MessageCommand("M07")] public Task M07(Models.Message m) => Done(m);
        [MessageCommand("M08")] public Task M08(Models.Message m) => Done(m);
        [MessageCommand("M09")] public Task M09(Models.Message m) => Done(m);
        [MessageCommand("M10")] public Task M10(Models.Message m) => Done(m);
        [MessageCommand("M11")] public Task M11(Models.Message m) => Done(m);
        [MessageCommand("M12")] public Task M12(Models.Message m) => Done(m);
        [MessageCommand("M13")] public Task M13(Models.Message m) => Done(m);
        [MessageCommand("M14")] public Task M14(Models.Message m) => Done(m);
        [MessageCommand("M15")] public Task M15(Models.Message m) => Done(m);
        [MessageCommand("M16")] public Task M16(Models.Message m) => Done(m);

        private Task Done(Models.Message m) => Context is null || m is null ? Task.CompletedTask : Task.CompletedTask;
    }
}
