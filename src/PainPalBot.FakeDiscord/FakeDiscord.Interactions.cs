using System.Globalization;
using System.Text.Json;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.FakeDiscord;

// The interaction half: helpers that act as a Discord user — run a slash command, use a message or user
// command from a context menu, click a button, pick from a select, submit a modal, type into an
// autocomplete option — and return what the bot answered.
public sealed partial class FakeDiscord
{
    /// <summary>The user the helpers act as when no user id is given.</summary>
    public const ulong DefaultUserId = 42;

    /// <summary>The guild text channel interactions happen in by default.</summary>
    public const ulong DefaultChannelId = 700_000_000_000_000_001;

    private readonly Lock _interactionLock = new();
    private readonly Dictionary<ulong, FakeInteractionUser> _interactionUsers = [];
    private long _interactionNextId = 1_300_000_000_000_000_000;

    /// <summary>
    /// Delivers each interaction to the bot. Null (the default) sends it over the gateway as INTERACTION_CREATE;
    /// a test bot without a gateway sets it to call <c>InteractionService.ExecuteAsync</c> directly.
    /// </summary>
    public Func<Interaction, CancellationToken, Task>? InteractionSink { get; set; }

    /// <summary>How long the helpers wait for the bot's callback.</summary>
    public TimeSpan InteractionReplyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How a user appears in interactions (guild member by default).</summary>
    public FakeInteractionUser InteractionUser(ulong userId)
    {
        lock (_interactionLock)
            return _interactionUsers.TryGetValue(userId, out var user) ? user : new FakeInteractionUser(userId);
    }

    /// <summary>Sets how a user appears in interactions: DM or guild, permissions, roles, locale.</summary>
    public void SetInteractionUser(FakeInteractionUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_interactionLock)
            _interactionUsers[user.UserId] = user;
    }

    /// <summary>
    /// Runs a slash command as <paramref name="userId"/>: <c>SlashAsync("checkin log", 42, ("pain", 4))</c>.
    /// A path of two or three words is a subcommand (in a group). Values: string, int/long, double, bool,
    /// an enum (sent as its name), <see cref="User"/>, <see cref="GuildMember"/>, <see cref="Channel"/>,
    /// <see cref="Role"/>, <see cref="Attachment"/> (all resolved as Discord does), or a raw
    /// <see cref="JsonElement"/>; null leaves the option out.
    /// </summary>
    public Task<InteractionReply> SlashAsync(string command, ulong userId = DefaultUserId, params (string Name, object? Value)[] options) =>
        SlashAsync(command, InteractionUser(userId), options);

    /// <summary>Runs a slash command as a configured user.</summary>
    public Task<InteractionReply> SlashAsync(string command, FakeInteractionUser user, params (string Name, object? Value)[] options)
    {
        ArgumentNullException.ThrowIfNull(user);
        var data = CommandData(command, options, focused: null, user);
        return DeliverAsync(NewInteraction(InteractionType.ApplicationCommand, data, user, null), CancellationToken.None);
    }

    /// <summary>
    /// Uses the message command <paramref name="name"/> (e.g. "Ask mods to check in") on <paramref name="message"/>
    /// as <paramref name="userId"/>, in the message's channel. It arrives as Discord documents it
    /// (interactions/application-commands#message-commands): an APPLICATION_COMMAND interaction whose data has
    /// <c>type: 3</c>, the registered command's id and name, <c>target_id</c> the message id, and the message,
    /// partial, in <c>resolved.messages</c>.
    /// </summary>
    public Task<InteractionReply> MessageCommandAsync(string name, ulong userId, Message message) =>
        MessageCommandAsync(name, InteractionUser(userId), message);

    /// <summary>Uses a message command as a configured user (a guild member in the message's channel, or in their DM with the bot).</summary>
    public Task<InteractionReply> MessageCommandAsync(string name, FakeInteractionUser user, Message message)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(message);
        var resolved = new FakeResolvedData();
        resolved.AddMessage(message);
        var data = ContextCommandData(name, ApplicationCommandType.Message, message.Id, resolved, user);
        // A message's menu is opened where the message is, so that is the interaction's channel.
        var where = user.InDm ? user : user with { ChannelId = message.ChannelId };
        return DeliverAsync(NewInteraction(InteractionType.ApplicationCommand, data, where, null), CancellationToken.None);
    }

    /// <summary>
    /// Uses the user command <paramref name="name"/> on <paramref name="target"/> as <paramref name="userId"/>: data
    /// <c>type: 2</c>, <c>target_id</c> the user, and the user (and, in a server, the partial member) in <c>resolved</c>.
    /// </summary>
    public Task<InteractionReply> UserCommandAsync(string name, ulong userId, User target, GuildMember? member = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var user = InteractionUser(userId);
        var resolved = new FakeResolvedData();
        resolved.AddUser(target, member, user);
        var data = ContextCommandData(name, ApplicationCommandType.User, target.Id, resolved, user);
        return DeliverAsync(NewInteraction(InteractionType.ApplicationCommand, data, user, null), CancellationToken.None);
    }

    /// <summary>Types <paramref name="typed"/> into the option <paramref name="focusedOption"/> of a command and returns the suggestions.</summary>
    public Task<InteractionReply> AutocompleteAsync(string command, string focusedOption, string typed, ulong userId = DefaultUserId, params (string Name, object? Value)[] otherOptions)
    {
        var user = InteractionUser(userId);
        var data = CommandData(command, [.. otherOptions, (focusedOption, typed)], focusedOption, user);
        return DeliverAsync(NewInteraction(InteractionType.ApplicationCommandAutocomplete, data, user, null), CancellationToken.None);
    }

    /// <summary>Clicks the button with this custom id (on <paramref name="message"/> when given).</summary>
    public Task<InteractionReply> ClickAsync(string customId, ulong userId = DefaultUserId, Message? message = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(customId);
        var user = InteractionUser(userId);
        var data = new InteractionData { CustomId = customId, ComponentType = ComponentType.Button };
        return DeliverAsync(NewInteraction(InteractionType.MessageComponent, data, user, message ?? StubMessage(user)), CancellationToken.None);
    }

    /// <summary>Clicks the button on <paramref name="message"/> whose custom id or label is <paramref name="customIdOrLabel"/>; fails if it is missing or disabled.</summary>
    public Task<InteractionReply> ClickAsync(Message message, string customIdOrLabel, ulong userId = DefaultUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        var button = AllComponents(message.Components).FirstOrDefault(c => c.Type == ComponentType.Button && (c.CustomId == customIdOrLabel || c.Label == customIdOrLabel))
            ?? throw new InvalidOperationException($"The message has no button '{customIdOrLabel}'.");
        if (button.Disabled == true)
            throw new InvalidOperationException($"The button '{customIdOrLabel}' is disabled.");
        return ClickAsync(button.CustomId ?? throw new InvalidOperationException("A link button cannot be clicked."), userId, message);
    }

    /// <summary>Picks <paramref name="values"/> in the select with this custom id.</summary>
    public Task<InteractionReply> SelectAsync(string customId, IReadOnlyList<string> values, ulong userId = DefaultUserId, Message? message = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(customId);
        ArgumentNullException.ThrowIfNull(values);
        var user = InteractionUser(userId);
        var data = new InteractionData { CustomId = customId, ComponentType = ComponentType.StringSelect, Values = [.. values] };
        return DeliverAsync(NewInteraction(InteractionType.MessageComponent, data, user, message ?? StubMessage(user)), CancellationToken.None);
    }

    /// <summary>
    /// Submits a modal with these text input values (by input custom id), each inside a Label as Discord
    /// sends them. With <paramref name="message"/> the modal counts as opened from that message's button.
    /// </summary>
    public Task<InteractionReply> SubmitModalAsync(string customId, IReadOnlyDictionary<string, string> fields, ulong userId = DefaultUserId, Message? message = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(customId);
        ArgumentNullException.ThrowIfNull(fields);
        var user = InteractionUser(userId);
        var id = 1;
        var components = fields.Select(f => new Component
        {
            Type = ComponentType.Label,
            Id = id++,
            Child = new Component { Type = ComponentType.TextInput, Id = id++, CustomId = f.Key, Value = f.Value },
        }).ToArray();
        var data = new InteractionData { CustomId = customId, Components = components };
        return DeliverAsync(NewInteraction(InteractionType.ModalSubmit, data, user, message), CancellationToken.None);
    }

    /// <summary>Builds an interaction as Discord would send it, without delivering it (for driving the bot by hand).</summary>
    public Interaction BuildSlashInteraction(string command, FakeInteractionUser user, params (string Name, object? Value)[] options)
    {
        ArgumentNullException.ThrowIfNull(user);
        return NewInteraction(InteractionType.ApplicationCommand, CommandData(command, options, null, user), user, null);
    }

    internal static IEnumerable<Component> AllComponents(IEnumerable<Component> components)
    {
        foreach (var component in components)
        {
            yield return component;
            if (component.Child is { } child)
                yield return child;
            foreach (var inner in AllComponents(component.Components ?? []))
                yield return inner;
        }
    }

    private async Task<InteractionReply> DeliverAsync(Interaction interaction, CancellationToken ct)
    {
        if (interaction.ChannelId is { } channelId)
            TrackInteractionChannel(interaction.Token, channelId);
        if (interaction.Message is { } message)
            TrackInteractionMessage(interaction.Token, message);
        var callback = WaitForInteractionCallbackAsync(interaction.Id, InteractionReplyTimeout, ct);
        var delivery = InteractionSink is { } sink
            ? sink(interaction, ct)
            : DispatchAsync("INTERACTION_CREATE", interaction, ct);
        var first = await Task.WhenAny(callback, delivery);
        if (first == delivery && !callback.IsCompleted)
        {
            await delivery; // surfaces a delivery failure
            if (InteractionSink is not null)
            {
                // A direct delivery has finished: any accepted callback is already recorded.
                var settled = await Task.WhenAny(callback, Task.Delay(TimeSpan.FromMilliseconds(200), ct));
                if (settled != callback)
                    throw new InvalidOperationException($"The bot finished interaction {interaction.Id} without an accepted callback; requests: {string.Join("; ", Requests)}");
            }
        }
        return new InteractionReply(this, interaction, await callback, delivery);
    }

    private Interaction NewInteraction(InteractionType type, InteractionData data, FakeInteractionUser who, Message? message)
    {
        var id = (ulong)Interlocked.Increment(ref _interactionNextId);
        var user = new User { Id = who.UserId, Username = who.Username ?? string.Create(CultureInfo.InvariantCulture, $"user{who.UserId}"), GlobalName = who.Username };
        var channelId = who.InDm ? DmChannelIdFor(who.UserId) : who.ChannelId ?? DefaultChannelId;
        return new Interaction
        {
            Id = id,
            ApplicationId = ApplicationId,
            Type = type,
            Data = data,
            GuildId = who.InDm ? null : Options.GuildId,
            ChannelId = channelId,
            Channel = who.InDm
                ? new Channel { Id = channelId, Type = 1, Recipients = [user] }
                : new Channel { Id = channelId, Type = 0, GuildId = Options.GuildId, Name = "general" },
            Member = who.InDm ? null : new GuildMember { User = user, Roles = [.. who.Roles], Permissions = (ulong)who.Permissions, JoinedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            User = who.InDm ? user : null,
            Token = string.Create(CultureInfo.InvariantCulture, $"fake-interaction-token-{id}"),
            Message = message,
            AppPermissions = 0x0000_0000_0006_4C00,
            Locale = who.Locale,
            GuildLocale = who.InDm ? null : "en-US",
            Context = who.InDm ? (int)InteractionContextType.BotDm : (int)InteractionContextType.Guild,
        };
    }

    private Message StubMessage(FakeInteractionUser who) => new()
    {
        Id = (ulong)Interlocked.Increment(ref _interactionNextId),
        ChannelId = who.InDm ? DmChannelIdFor(who.UserId) : who.ChannelId ?? DefaultChannelId,
        GuildId = who.InDm ? null : Options.GuildId,
        Author = new User { Id = BotUserId, Username = Options.BotUsername, Bot = true },
        Timestamp = TimeProvider.System.GetUtcNow(),
    };

    private InteractionData CommandData(string command, IReadOnlyList<(string Name, object? Value)> options, string? focused, FakeInteractionUser who)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        var path = command.Trim().TrimStart('/').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (path.Length > 3)
            throw new ArgumentException("A command path has at most three words (command, group, subcommand).", nameof(command));

        var resolved = new FakeResolvedData();
        var leaf = options.Where(o => o.Value is not null).Select(o => Option(o.Name, o.Value!, o.Name == focused, resolved, who)).ToArray();
        InteractionDataOption[] top = leaf;
        if (path.Length == 3)
            top = [new InteractionDataOption { Name = path[1], Type = ApplicationCommandOptionType.SubCommandGroup, Options = [new InteractionDataOption { Name = path[2], Type = ApplicationCommandOptionType.SubCommand, Options = leaf }] }];
        else if (path.Length == 2)
            top = [new InteractionDataOption { Name = path[1], Type = ApplicationCommandOptionType.SubCommand, Options = leaf }];

        var registered = Registered(path[0], ApplicationCommandType.ChatInput);
        return new InteractionData
        {
            Id = registered?.Id ?? (ulong)Interlocked.Increment(ref _interactionNextId),
            Name = path[0],
            Type = ApplicationCommandType.ChatInput,
            GuildId = who.InDm ? null : Options.GuildId,
            Options = top.Length == 0 ? null : top,
            Resolved = resolved.ToResolved(),
        };
    }

    // A context-menu command has no options: only its id, name, type, target and what the target resolves to.
    private InteractionData ContextCommandData(string name, ApplicationCommandType type, ulong targetId, FakeResolvedData resolved, FakeInteractionUser who)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var registered = Registered(name, type);
        return new InteractionData
        {
            Id = registered?.Id ?? (ulong)Interlocked.Increment(ref _interactionNextId),
            Name = name,
            Type = type,
            GuildId = who.InDm ? null : registered?.GuildId,
            TargetId = targetId,
            Resolved = resolved.ToResolved(),
        };
    }

    // Names are unique per command type, so a slash command and a message command may share one.
    private ApplicationCommand? Registered(string name, ApplicationCommandType type) =>
        GlobalCommands.Concat(GuildCommands(Options.GuildId)).FirstOrDefault(c => c.Name == name && (c.Type ?? ApplicationCommandType.ChatInput) == type);

    private static InteractionDataOption Option(string name, object value, bool focused, FakeResolvedData resolved, FakeInteractionUser who)
    {
        var (type, json) = value switch
        {
            string s => (ApplicationCommandOptionType.String, JsonSerializer.SerializeToElement(s, DiscordJsonContext.Default.String)),
            int i => (ApplicationCommandOptionType.Integer, JsonSerializer.SerializeToElement((long)i, DiscordJsonContext.Default.Int64)),
            long l => (ApplicationCommandOptionType.Integer, JsonSerializer.SerializeToElement(l, DiscordJsonContext.Default.Int64)),
            double d => (ApplicationCommandOptionType.Number, JsonSerializer.SerializeToElement(d, DiscordJsonContext.Default.Double)),
            bool b => (ApplicationCommandOptionType.Boolean, JsonSerializer.SerializeToElement(b, DiscordJsonContext.Default.Boolean)),
            Enum e => (ApplicationCommandOptionType.String, JsonSerializer.SerializeToElement(e.ToString(), DiscordJsonContext.Default.String)),
            User u => (ApplicationCommandOptionType.User, resolved.AddUser(u, null, who)),
            GuildMember m => (ApplicationCommandOptionType.User, resolved.AddUser(m.User ?? throw new ArgumentException("A member option needs its User."), m, who)),
            Channel c => (ApplicationCommandOptionType.Channel, resolved.AddChannel(c)),
            Role r => (ApplicationCommandOptionType.Role, resolved.AddRole(r)),
            Attachment a => (ApplicationCommandOptionType.Attachment, resolved.AddAttachment(a)),
            Mentionable { User: { } u } => (ApplicationCommandOptionType.Mentionable, resolved.AddUser(u, null, who)),
            Mentionable { Role: { } r } => (ApplicationCommandOptionType.Mentionable, resolved.AddRole(r)),
            JsonElement raw => (raw.ValueKind switch
            {
                JsonValueKind.String => ApplicationCommandOptionType.String,
                JsonValueKind.Number => ApplicationCommandOptionType.Integer,
                _ => ApplicationCommandOptionType.Boolean,
            }, raw),
            _ => throw new ArgumentException($"FakeDiscord cannot send an option of type {value.GetType().Name}.", nameof(value)),
        };
        return new InteractionDataOption { Name = name, Type = type, Value = json, Focused = focused ? true : null };
    }
}
