using System.Globalization;
using System.Text.Json;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Sandbox.Api;

namespace PainPalBot.Sandbox;

// Slash commands from the page: the option tree is checked against what the bot registered, as Discord
// does (the page's limits are hints only), and user, channel and role options are resolved.
public sealed partial class SandboxWorld
{
    private (string? Error, string Path, InteractionData? Data) ReadCommand(CommandRequest request, SandboxPerson person, ulong channelId, bool autocomplete)
    {
        var guild = IsGuildChannel(channelId);
        var command = (guild ? _discord.GuildCommands(GuildId) : [])
            .Concat(_discord.GlobalCommands)
            .FirstOrDefault(c => c.Name == request.Name && (c.Type ?? ApplicationCommandType.ChatInput) == ApplicationCommandType.ChatInput);
        if (command is null)
            return ($"PainPalBot has no /{request.Name} command registered (yet).", request.Name, null);
        if (Refusal(command, "/" + command.Name, person, guild) is { } refused)
            return (refused, command.Name, null);

        var resolved = new ResolvedBuilder();
        var path = command.Name;
        var given = request.Options.ValueKind == JsonValueKind.Array ? request.Options : default;
        var error = ReadLevel(command.Options ?? [], given, person, guild, autocomplete, resolved, ref path, out var options);
        if (error is not null)
            return (error, path, null);
        return (null, path, new InteractionData
        {
            Id = command.Id,
            Name = command.Name,
            Type = ApplicationCommandType.ChatInput,
            GuildId = command.GuildId,
            Options = options.Length == 0 ? null : options,
            Resolved = resolved.Build(),
        });
    }

    // What Discord's client enforces before a command is sent at all: its contexts and default_member_permissions.
    private static string? Refusal(ApplicationCommand command, string shownName, SandboxPerson person, bool guild)
    {
        if (!guild && command.Contexts is { } contexts && !contexts.Contains((int)InteractionContextType.BotDm))
            return $"{shownName} works in the server, not in DMs.";
        if (guild && command.Contexts is { } guildContexts && !guildContexts.Contains((int)InteractionContextType.Guild))
            return $"{shownName} works in DMs with PainPalBot, not in the server.";
        if (guild && command.DefaultMemberPermissions is { } needed)
        {
            var has = (ulong)person.Permissions;
            var admin = (has & (ulong)GuildPermission.Administrator) != 0;
            if (!admin && (needed == 0 || (has & needed) != needed))
                return $"You need {PermissionNames(needed)} to use {shownName}. Turn on the Moderator switch to act as a moderator.";
        }
        return null;
    }

    private string? ReadLevel(ApplicationCommandOption[] definitions, JsonElement given, SandboxPerson person, bool guild, bool autocomplete,
        ResolvedBuilder resolved, ref string path, out InteractionDataOption[] options)
    {
        options = [];
        var items = given.ValueKind == JsonValueKind.Array ? given.EnumerateArray().ToList() : [];
        var nested = definitions.Where(d => d.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup).ToList();
        if (nested.Count > 0)
        {
            if (items.Count != 1 || !items[0].TryGetProperty("name", out var nameElement) || nameElement.GetString() is not { } name)
                return $"Pick one of /{path}'s subcommands: {string.Join(", ", nested.Select(n => n.Name))}.";
            var definition = nested.Find(n => n.Name == name);
            if (definition is null)
                return $"/{path} has no subcommand {name}.";
            path += " " + name;
            var inner = items[0].TryGetProperty("options", out var innerOptions) ? innerOptions : default;
            var error = ReadLevel(definition.Options ?? [], inner, person, guild, autocomplete, resolved, ref path, out var children);
            options = [new InteractionDataOption { Name = name, Type = definition.Type, Options = children }];
            return error;
        }

        var read = new List<InteractionDataOption>();
        foreach (var item in items)
        {
            var name = item.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            var definition = definitions.FirstOrDefault(d => d.Name == name);
            if (definition is null)
                return $"/{path} has no option {name}.";
            if (read.Exists(r => r.Name == name))
                return $"{name} is given twice.";
            var focused = autocomplete && item.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True;
            var value = item.TryGetProperty("value", out var v) ? v : default;
            if (focused)
            {
                // The option being typed goes as typed text, whatever its type, as on Discord.
                var typed = value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.ValueKind == JsonValueKind.Undefined ? "" : value.GetRawText();
                read.Add(new InteractionDataOption { Name = name, Type = definition.Type, Value = JsonSerializer.SerializeToElement(typed, DiscordJsonContext.Default.String), Focused = true });
                continue;
            }
            var error = ReadValue(definition, value, person, guild, resolved, out var json);
            if (error is not null)
                return error;
            read.Add(new InteractionDataOption { Name = name, Type = definition.Type, Value = json });
        }

        if (!autocomplete)
        {
            var missing = definitions.FirstOrDefault(d => d.Required == true && !read.Exists(r => r.Name == d.Name));
            if (missing is not null)
                return $"{missing.Name} is required for /{path}.";
        }

        options = [.. read];
        return null;
    }

    private string? ReadValue(ApplicationCommandOption definition, JsonElement value, SandboxPerson person, bool guild, ResolvedBuilder resolved, out JsonElement json)
    {
        json = default;
        var name = definition.Name;
        switch (definition.Type)
        {
            case ApplicationCommandOptionType.String:
            {
                if (value.ValueKind != JsonValueKind.String)
                    return $"{name} must be text.";
                var text = value.GetString() ?? "";
                if (definition.MinLength is { } min && text.Length < min)
                    return $"{name} must be at least {min} characters.";
                if (definition.MaxLength is { } max && text.Length > max)
                    return $"{name} must be at most {max} characters.";
                if (definition.Choices is { Length: > 0 } choices && !choices.Any(c => c.Value.ValueKind == JsonValueKind.String && c.Value.GetString() == text))
                    return $"{name} must be one of: {string.Join(", ", choices.Select(c => c.Name))}.";
                json = JsonSerializer.SerializeToElement(text, DiscordJsonContext.Default.String);
                return null;
            }

            case ApplicationCommandOptionType.Integer:
            case ApplicationCommandOptionType.Number:
            {
                var whole = definition.Type == ApplicationCommandOptionType.Integer;
                double number;
                if (value.ValueKind == JsonValueKind.Number)
                    number = value.GetDouble();
                else if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                    number = parsed;
                else
                    return whole ? $"{name} must be a whole number." : $"{name} must be a number.";
                if (!double.IsFinite(number) || (whole && number != Math.Floor(number)))
                    return whole ? $"{name} must be a whole number." : $"{name} must be a number.";
                if ((definition.MinValue is { } min && number < min) || (definition.MaxValue is { } max && number > max))
                    return $"{name} must be {Range(definition)}.";
                if (definition.Choices is { Length: > 0 } choices && !choices.Any(c => c.Value.ValueKind == JsonValueKind.Number && c.Value.GetDouble() == number))
                    return $"{name} must be one of: {string.Join(", ", choices.Select(c => c.Name))}.";
                json = whole
                    ? JsonSerializer.SerializeToElement((long)number, DiscordJsonContext.Default.Int64)
                    : JsonSerializer.SerializeToElement(number, DiscordJsonContext.Default.Double);
                return null;
            }

            case ApplicationCommandOptionType.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    return $"{name} must be True or False.";
                json = JsonSerializer.SerializeToElement(value.GetBoolean(), DiscordJsonContext.Default.Boolean);
                return null;

            case ApplicationCommandOptionType.User:
            case ApplicationCommandOptionType.Channel:
            case ApplicationCommandOptionType.Role:
            case ApplicationCommandOptionType.Mentionable:
            {
                if (!TryId(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), out var id))
                    return $"{name}: pick one from the list.";
                var found = definition.Type switch
                {
                    ApplicationCommandOptionType.User => ResolveUser(id, guild, resolved),
                    ApplicationCommandOptionType.Channel => ResolveChannel(id, definition, resolved),
                    ApplicationCommandOptionType.Role => ResolveRole(id, resolved),
                    _ => ResolveUser(id, guild, resolved) || ResolveRole(id, resolved),
                };
                if (!found)
                    return $"{name}: pick one from the list.";
                json = JsonSerializer.SerializeToElement(Id(id), DiscordJsonContext.Default.String);
                return null;
            }

            default:
                return $"{name}: the sandbox cannot send this kind of option yet.";
        }
    }

    private bool ResolveUser(ulong id, bool guild, ResolvedBuilder resolved)
    {
        User? user = id == _discord.BotUserId
            ? new User { Id = id, Username = _discord.Options.BotUsername, Bot = true }
            : Person(id)?.ToUser();
        if (user is null)
            return false;
        var member = guild ? new GuildMember { Roles = Person(id)?.Moderator == true ? [ModeratorsRoleId] : [], JoinedAt = Joined } : null;
        resolved.Add(user, member);
        return true;
    }

    private bool ResolveChannel(ulong id, ApplicationCommandOption definition, ResolvedBuilder resolved)
    {
        if (!IsGuildChannel(id) || (definition.ChannelTypes is { Length: > 0 } types && !types.Contains(0)))
            return false;
        resolved.Add(new Channel { Id = id, Type = 0, GuildId = GuildId, Name = ChannelName(id), Permissions = (ulong)SandboxPerson.MemberPermissions });
        return true;
    }

    private static bool ResolveRole(ulong id, ResolvedBuilder resolved)
    {
        if (id != ModeratorsRoleId)
            return false;
        resolved.Add(new Role { Id = id, Name = "Moderators", Permissions = (ulong)GuildPermission.ManageGuild, Position = 1 });
        return true;
    }

    private static string Range(ApplicationCommandOption definition) => (definition.MinValue, definition.MaxValue) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"between {min:0.###} and {max:0.###}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"{min:0.###} or more"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"{max:0.###} or less"),
        _ => "a number",
    };

    private static string PermissionNames(ulong permissions) =>
        permissions == 0 ? "Administrator"
        : (permissions & (ulong)GuildPermission.ManageGuild) != 0 ? "Manage Server"
        : "more permissions";

    /// <summary>The <c>resolved</c> object of one command, filled as options are read.</summary>
    private sealed class ResolvedBuilder
    {
        private readonly Dictionary<ulong, User> _users = [];
        private readonly Dictionary<ulong, GuildMember> _members = [];
        private readonly Dictionary<ulong, Role> _roles = [];
        private readonly Dictionary<ulong, Channel> _channels = [];

        public void Add(User user, GuildMember? member)
        {
            _users[user.Id] = user;
            if (member is not null)
                _members[user.Id] = member;
        }

        public void Add(Role role) => _roles[role.Id] = role;

        public void Add(Channel channel) => _channels[channel.Id] = channel;

        public ResolvedData? Build() => _users.Count + _roles.Count + _channels.Count == 0
            ? null
            : new ResolvedData
            {
                Users = _users.Count == 0 ? null : _users,
                Members = _members.Count == 0 ? null : _members,
                Roles = _roles.Count == 0 ? null : _roles,
                Channels = _channels.Count == 0 ? null : _channels,
            };
    }
}
