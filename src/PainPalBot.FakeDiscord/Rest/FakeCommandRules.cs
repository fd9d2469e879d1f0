using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PainPalBot.Discord.Models;

namespace PainPalBot.FakeDiscord;

/// <summary>
/// What Discord refuses in a bulk overwrite of application commands (interactions/application-commands): names and
/// descriptions by command type, options only on CHAT_INPUT, names unique per type, and the per-type limits.
/// A refused set answers 400 with code 50035 and Discord's <c>errors</c> shape, and nothing is stored.
/// </summary>
internal static partial class FakeCommandRules
{
    // The documented CHAT_INPUT name pattern; .NET has no script classes, so Unicode blocks stand in for them.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChatInputName();

    /// <summary>The <c>errors</c> object for the first broken rule, or null when Discord would take the set.</summary>
    public static string? Check(IReadOnlyList<ApplicationCommand> commands)
    {
        var seen = new HashSet<(ApplicationCommandType, string)>();
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var type = command.Type ?? ApplicationCommandType.ChatInput;
            if (type is ApplicationCommandType.ChatInput)
            {
                if (!ChatInputName().IsMatch(command.Name) || !string.Equals(command.Name, command.Name.ToLowerInvariant(), StringComparison.Ordinal))
                    return Errors(i, "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
                if (command.Description.Length is < 1 or > 100)
                    return Errors(i, "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
            else if (type is ApplicationCommandType.User or ApplicationCommandType.Message)
            {
                // USER and MESSAGE names may be mixed case and include spaces; they have no description and no options.
                if (command.Name.EnumerateRunes().Count() is < 1 or > 32)
                    return Errors(i, "name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
                if (command.Description.Length != 0)
                    return Errors(i, "description", "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", "Context menu commands cannot have description");
                if (command.Options is not null)
                    return Errors(i, "options", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Only CHAT_INPUT commands can have options");
            }
            if (!seen.Add((type, command.Name)))
                return Errors(i, "name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
        }

        foreach (var (type, limit) in new[] { (ApplicationCommandType.ChatInput, 100), (ApplicationCommandType.User, 15), (ApplicationCommandType.Message, 15) })
        {
            if (commands.Count(c => (c.Type ?? ApplicationCommandType.ChatInput) == type) > limit)
                return Errors(limit, "type", "APPLICATION_COMMAND_TOO_MANY", string.Create(CultureInfo.InvariantCulture, $"Maximum number of {type} application commands reached ({limit})"));
        }
        return null;
    }

    private static string Errors(int index, string field, string code, string message)
    {
        var error = string.Create(CultureInfo.InvariantCulture,
            $$"""{"code":"{{code}}","message":{{JsonSerializer.Serialize(message, DiscordJsonContext.Default.String)}}}""");
        return string.Create(CultureInfo.InvariantCulture, $$"""{"{{index}}":{"{{field}}":{"_errors":[""") + error + "]}}}";
    }
}
