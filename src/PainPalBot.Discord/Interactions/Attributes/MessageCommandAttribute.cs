namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Marks a module method as a message command: an entry in a message's context menu (Apps), registered as
/// <c>type: 3</c> with an empty description. The handler takes one <see cref="Models.Message"/> parameter, the
/// message it was used on. <see cref="GroupAttribute"/>s do not prefix it, as in Discord.Net; default permissions
/// and contexts come from the method, else the module, as for a top-level slash command.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class MessageCommandAttribute(string name) : Attribute
{
    /// <summary>The name shown in the menu: 1–32 characters, capitals and spaces allowed (e.g. "Ask mods to check in").</summary>
    public string Name { get; } = name;
}
