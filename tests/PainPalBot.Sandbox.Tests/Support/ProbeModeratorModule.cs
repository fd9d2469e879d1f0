using PainPalBot.Discord.Interactions;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>A moderators-only command: Discord takes default_member_permissions on top-level commands only.</summary>
public sealed class ProbeModeratorModule : InteractionModuleBase<InteractionContext>
{
    /// <summary>Answers moderators.</summary>
    [SlashCommand("probe-mod", "For moderators")]
    [DefaultMemberPermissions(GuildPermission.ManageGuild)]
    [EnabledInDm(false)]
    public Task ModAsync() => RespondAsync("Hello, moderator.", ephemeral: true);
}
