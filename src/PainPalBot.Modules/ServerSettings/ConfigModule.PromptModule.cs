using System.Text;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Modules.ServerSettings;

public sealed partial class ConfigModule
{
    /// <summary><c>/config prompt add|list|remove</c>: recurring community posts in the server's time zone.</summary>
    [Group("prompt", "Recurring community prompts")]
    public sealed class PromptModule(CommunityPromptService prompts) : InteractionModuleBase<InteractionContext>
    {
        /// <summary>Schedules a recurring post.</summary>
        [SlashCommand("add", "Schedule a recurring post in a channel")]
        public Task AddAsync(
            [Summary("channel", "Where to post")] Channel channel,
            [Summary("text", "What to post"), MaxLength(CommunityPromptService.MaxTextLength)] string text,
            [Summary("time", "Local time in the server's time zone, e.g. 09:00")] string time,
            [Summary("days", "\"every day\", \"weekdays\", or e.g. \"mon, fri\" (default every day)")] string? days = null)
        {
            ArgumentNullException.ThrowIfNull(channel);
            if (channel.Type is not (0 or 5) || (channel.GuildId is { } g && g != Context.GuildId))
                return RespondAsync("Community prompts can only go to a text channel in this server. Nothing was saved.", ephemeral: true);
            var result = prompts.Add(Context.GuildId!.Value, Context.User.Id, channel.Id, text, time, days);
            return RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
        }

        /// <summary>Lists the server's prompts.</summary>
        [SlashCommand("list", "List this server's community prompts")]
        public Task ListAsync()
        {
            var list = prompts.List(Context.GuildId!.Value);
            if (list.Count == 0)
                return RespondAsync("No community prompts yet; `/config prompt add` schedules one.", ephemeral: true);
            var text = new StringBuilder("Community prompts:");
            var n = 1;
            foreach (var prompt in list)
                text.Append('\n').Append(n++).Append(". ").Append(CommunityPromptService.Describe(prompt)).Append(": ").Append(Clip(prompt.Text, 120));
            return RespondAsync(Clip(text.ToString(), 2000), ephemeral: true, allowedMentions: AllowedMentions.None);
        }

        /// <summary>Removes one prompt.</summary>
        [SlashCommand("remove", "Remove a community prompt")]
        public Task RemoveAsync([Summary("prompt", "The prompt to remove"), Autocomplete(typeof(CommunityPromptAutocompleteHandler))] string prompt)
        {
            var result = prompts.Remove(Context.GuildId!.Value, Context.User.Id, prompt);
            return RespondAsync(result.Message, ephemeral: true, allowedMentions: AllowedMentions.None);
        }

        private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
