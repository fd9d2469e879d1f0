using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A test module with message and user commands (context menus), as Discord's examples name them.</summary>
public sealed class ContextMenuModule(SampleRecorder recorder) : InteractionModuleBase<InteractionContext>
{
    /// <summary>A message command with capitals and spaces, usable everywhere.</summary>
    [MessageCommand("Bookmark this")]
    public Task BookmarkAsync(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        recorder.Record("bookmark", message);
        return RespondAsync($"bookmarked {message.Id}", ephemeral: true);
    }

    /// <summary>Same name as the slash command <c>/ping</c>: names are unique per command type only.</summary>
    [MessageCommand("ping")]
    public Task PingMessageAsync(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        recorder.Record("ping message", message.Id);
        return RespondAsync("pinged a message", ephemeral: true);
    }

    /// <summary>Moderators only, servers only: the same attributes as a slash command.</summary>
    [MessageCommand("Report to mods")]
    [DefaultMemberPermissions(GuildPermission.ManageGuild)]
    [EnabledInDm(false)]
    public Task ReportAsync(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        recorder.Record("report", message.Id);
        return RespondAsync("reported", ephemeral: true);
    }

    /// <summary>A user command taking the member (servers and DMs with the bot).</summary>
    [UserCommand("View Stats")]
    [CommandContextType(InteractionContextType.Guild, InteractionContextType.BotDm)]
    public Task StatsAsync(GuildMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        recorder.Record("stats", member);
        return RespondAsync($"stats of {member.User?.Username}", ephemeral: true);
    }

    /// <summary>A user command taking the user.</summary>
    [UserCommand("High Five")]
    public Task HighFiveAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        recorder.Record("high five", user);
        return RespondAsync($"high five {user.Username}", ephemeral: true);
    }
}
