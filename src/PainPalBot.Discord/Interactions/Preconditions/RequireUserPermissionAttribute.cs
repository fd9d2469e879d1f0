namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Requires the invoking member to hold the permission in this channel (from the interaction's
/// <c>member.permissions</c>, which include overwrites; Administrator implies all). Fails in DMs.
/// </summary>
public sealed class RequireUserPermissionAttribute(GuildPermission permission) : PreconditionAttribute
{
    /// <summary>The permission(s) required.</summary>
    public GuildPermission Permission { get; } = permission;

    /// <inheritdoc />
    public override Task<PreconditionResult> CheckRequirementsAsync(IInteractionContext context, ICommandInfo command, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Member is null)
            return Task.FromResult(PreconditionResult.FromError("This only works in a server, not in DMs."));
        if (context.HasPermission(Permission))
            return Task.FromResult(PreconditionResult.FromSuccess());
        return Task.FromResult(PreconditionResult.FromError($"You need the {PermissionNames.Describe(Permission)} permission to do that. Nothing was changed."));
    }
}
