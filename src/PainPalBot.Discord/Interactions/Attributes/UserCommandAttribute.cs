namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Marks a module method as a user command: an entry in a user's context menu (Apps), registered as
/// <c>type: 2</c> with an empty description. The handler takes one <see cref="Models.User"/> or
/// <see cref="Models.GuildMember"/> parameter, the person it was used on. Groups do not prefix it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UserCommandAttribute(string name) : Attribute
{
    /// <summary>The name shown in the menu: 1–32 characters, capitals and spaces allowed.</summary>
    public string Name { get; } = name;
}
