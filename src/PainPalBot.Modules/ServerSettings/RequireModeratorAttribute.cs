using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>
/// Re-checks on the server side that the member may moderate: Manage Server (or Administrator) in the permissions
/// Discord sent with the interaction, or the server's moderator role. <c>DefaultMemberPermissions</c> only hides a
/// command in the client; this is what makes a forged payload change nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RequireModeratorAttribute(string refusal = RequireModeratorAttribute.Refusal) : PreconditionAttribute
{
    /// <summary>The answer to a member who may not change settings.</summary>
    public const string Refusal = "You need Manage Server or the moderator role to change settings. Nothing was changed.";

    /// <summary>What a member who is not a moderator is told.</summary>
    public string RefusalMessage { get; } = refusal;

    /// <inheritdoc />
    public override Task<PreconditionResult> CheckRequirementsAsync(IInteractionContext context, ICommandInfo command, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (context.GuildId is not { } guildId || context.Member is not { } member)
            return Task.FromResult(PreconditionResult.FromError("This only works in a server, not in DMs. Nothing was changed."));
        var settings = services.GetRequiredService<ServerSettingsService>();
        return Task.FromResult(settings.IsModerator(guildId, member.Permissions, member.Roles)
            ? PreconditionResult.FromSuccess()
            : PreconditionResult.FromError(RefusalMessage));
    }
}
