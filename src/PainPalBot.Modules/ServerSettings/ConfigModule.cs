using Microsoft.Extensions.Options;
using PainPalBot.Discord;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Modules.Crisis;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Moderators' controls: show, change and export the server's settings, and schedule community prompts.</summary>
[Group("config", "Set up PainPalBot for this server (moderators)")]
[DefaultMemberPermissions(GuildPermission.ManageGuild)]
[EnabledInDm(false)]
[RequireModerator]
public sealed partial class ConfigModule(ServerSettingsService settings, HelplineDirectory helplines, ServerExportService export, IOptions<DiscordOptions> discord) : InteractionModuleBase<InteractionContext>
{
    private const string NothingChanged = "Nothing was changed.";

    /// <summary>Added when crisis watch is on but the bot does not receive message text.</summary>
    public const string NoMessageContentNote =
        "Note: this bot runs without the Message Content intent, so crisis watch can't read messages yet; whoever hosts it needs to enable the intent (see the README).";

    /// <summary>Shows how the server is set up.</summary>
    [SlashCommand("show", "Show how PainPalBot is set up here")]
    public Task ShowAsync() =>
        RespondAsync(ServerSettingsService.Describe(settings.Get(Context.GuildId!.Value)), ephemeral: true, allowedMentions: AllowedMentions.None);

    /// <summary>Changes one or more settings; nothing is saved when any value is wrong.</summary>
    [SlashCommand("set", "Change one or more settings")]
    public async Task SetAsync(
        [Summary("moderator_channel", "A private channel for alerts and approvals")] Channel? moderatorChannel = null,
        [Summary("moderator_role", "Members with this role count as moderators")] Role? moderatorRole = null,
        [Summary("country", "The server's country, for helplines"), Autocomplete(typeof(CountryAutocompleteHandler))] string? country = null,
        [Summary("time_zone", "The server's time zone, e.g. Europe/London"), Autocomplete(typeof(TimeZoneAutocompleteHandler))] string? timeZone = null,
        [Summary("crisis_watch", "Watch messages for crisis language (needs the Message Content intent)")] bool? crisisWatch = null,
        [Summary("watch_add", "Add a channel crisis watch reads (none listed: every channel)")] Channel? watchAdd = null,
        [Summary("watch_remove", "Stop crisis watch reading a channel")] Channel? watchRemove = null,
        [Summary("crisis_dm", "When the private support DM goes out"), Choice("At once", "immediate"), Choice("After a moderator looks", "after_moderator")] string? crisisDm = null,
        [Summary("show_reporter", "Ask mods to check in: moderators see who asked (off: kept private)")] bool? showReporter = null,
        [Summary("community_prompts", "Post the scheduled community prompts")] bool? communityPrompts = null,
        [Summary("stories_channel", "Where approved anonymous stories are posted")] Channel? storiesChannel = null,
        [Summary("story_approval", "Stories wait for a moderator's approval")] bool? storyApproval = null,
        [Summary("tip_approval", "Tips wait for a moderator's approval")] bool? tipApproval = null)
    {
        var guildId = Context.GuildId!.Value;
        string? countryCode = null;
        if (country is not null)
        {
            if (!helplines.TryFind(country, out var found))
            {
                await RespondAsync($"I don't have helplines for \"{country.Trim()}\"; pick a country from the list, e.g. GB, US or DE. {NothingChanged}", ephemeral: true, allowedMentions: AllowedMentions.None);
                return;
            }
            countryCode = found.Code;
        }

        ulong[]? watched = null;
        if (watchAdd is not null || watchRemove is not null)
        {
            var list = settings.Get(guildId).CrisisWatchChannelIds.ToList();
            if (watchAdd is not null && !list.Contains(watchAdd.Id))
                list.Add(watchAdd.Id);
            if (watchRemove is not null)
                list.Remove(watchRemove.Id);
            watched = [.. list];
        }

        var update = new SettingsUpdate
        {
            ModeratorChannelId = moderatorChannel?.Id,
            ModeratorRoleId = moderatorRole?.Id,
            Country = countryCode,
            TimeZone = timeZone,
            CrisisWatchEnabled = crisisWatch,
            CrisisWatchChannelIds = watched,
            CrisisDmMode = crisisDm switch
            {
                "immediate" => CrisisDmMode.Immediate,
                "after_moderator" => CrisisDmMode.AfterModerator,
                _ => null,
            },
            AskModsShowsReporter = showReporter,
            CommunityPromptsEnabled = communityPrompts,
            StoriesChannelId = storiesChannel?.Id,
            StoryApprovalRequired = storyApproval,
            TipApprovalRequired = tipApproval,
        };
        if (update == new SettingsUpdate())
        {
            await RespondAsync($"Pick at least one setting to change; `/config show` shows them all. {NothingChanged}", ephemeral: true);
            return;
        }

        var result = settings.Update(guildId, Context.User.Id, update);
        var text = result.Saved ? $"{result.Message}\n\n{ServerSettingsService.Describe(result.Settings)}" : result.Message;
        if (result.Saved && crisisWatch == true && !discord.Value.MessageContentIntent)
            text += "\n\n" + NoMessageContentNote;
        await RespondAsync(text, ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Sends the server's settings, community prompts and own resources as a private JSON file.</summary>
    [SlashCommand("export", "Download this server's settings and its own resources as JSON")]
    public Task ExportAsync()
    {
        var guildId = Context.GuildId!.Value;
        var file = new FileAttachment($"painpal-server-{guildId}.json", export.ToJson(guildId), "PainPalBot server export", "application/json");
        return RespondWithFileAsync(file, "Here is this server's export: settings, community prompts and the resources your moderators added.", ephemeral: true);
    }
}
