namespace PainPalBot.Discord.Interactions;

/// <summary>
/// The permissions a member needs to see the command by default (<c>default_member_permissions</c>).
/// Server admins can change this, so pair it with <see cref="RequireUserPermissionAttribute"/> when it matters.
/// On a top-level command method or on the module class.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class DefaultMemberPermissionsAttribute(GuildPermission permissions) : Attribute
{
    /// <summary>The permissions.</summary>
    public GuildPermission Permissions { get; } = permissions;
}
