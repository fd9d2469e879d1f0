using System.Globalization;
using System.Text.Json;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Sandbox.Api;

namespace PainPalBot.Sandbox;

// The people's side: what someone does on the page becomes what Discord would send the bot —
// INTERACTION_CREATE for commands (slash and message commands), clicks, picks and modals, MESSAGE_CREATE for messages.
public sealed partial class SandboxWorld
{
    private const ulong AppPermissions = 0x0000_0000_0006_4C00;
    private readonly Dictionary<string, SandboxInteraction> _interactions = new(StringComparer.Ordinal);
    private readonly Dictionary<(ulong UserId, string CustomId), Component[]> _openModals = [];

    /// <summary>Runs a slash command as a person.</summary>
    public async Task<SandboxOutcome<InteractionAccepted>> CommandAsync(CommandRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interaction interaction;
        string path;
        lock (_lock)
        {
            if (Where(request.UserId, request.ChannelId) is not { } where)
                return new(default, 400, "Pick a pretend person and a channel first.");
            var read = ReadCommand(request, where.Person, where.ChannelId, autocomplete: false);
            if (read.Error is { } error)
                return new(default, 400, error);
            path = read.Path;
            interaction = NewInteraction(InteractionType.ApplicationCommand, read.Data!, where.Person, where.ChannelId, null);
            Track(interaction, where.Person.Id, path, null);
        }

        return await DeliverAndAcceptAsync(interaction, path, ct);
    }

    /// <summary>Asks the bot for suggestions for the option being typed.</summary>
    public async Task<SandboxOutcome<AutocompleteResponse>> AutocompleteAsync(CommandRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interaction interaction;
        lock (_lock)
        {
            if (Where(request.UserId, request.ChannelId) is not { } where)
                return new(default, 400, "Pick a pretend person and a channel first.");
            var read = ReadCommand(request, where.Person, where.ChannelId, autocomplete: true);
            if (read.Error is { } error)
                return new(default, 400, error);
            interaction = NewInteraction(InteractionType.ApplicationCommandAutocomplete, read.Data!, where.Person, where.ChannelId, null);
            Track(interaction, where.Person.Id, null, null);
        }

        var callback = _discord.WaitForInteractionCallbackAsync(interaction.Id, _options.InteractionTimeout, ct);
        await _discord.DispatchAsync("INTERACTION_CREATE", interaction, ct);
        try
        {
            var answer = await callback;
            var choices = answer.Response.Data?.Choices ?? [];
            return Ok(new AutocompleteResponse(
                JsonSerializer.SerializeToElement(choices, DiscordJsonContext.Default.ApplicationCommandOptionChoiceArray)));
        }
        catch (TimeoutException)
        {
            return new(default, 504, "PainPalBot had no suggestions in time; type the value instead.");
        }
    }

    /// <summary>Clicks a button or picks in a select on a message.</summary>
    public async Task<SandboxOutcome<InteractionAccepted>> ComponentAsync(ComponentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interaction interaction;
        lock (_lock)
        {
            if (!TryId(request.UserId, out var userId) || Person(userId) is not { } person)
                return new(default, 400, "Pick a pretend person first.");
            if (!TryId(request.MessageId, out var messageId) || !_messages.TryGetValue(messageId, out var stored) || stored.Hidden)
                return new(default, 404, "That message is gone; scroll down for the newest one.");
            if (stored.View.VisibleToUserId is { } owner && owner != Id(userId))
                return new(default, 403, "That message is only for someone else.");
            if (PersonByDm(stored.Source.ChannelId) is { } dmOwner && dmOwner.Id != userId)
                return new(default, 403, "That message is in someone else's DMs.");
            var component = AllComponents(stored.Source.Components).FirstOrDefault(c => c.CustomId == request.CustomId);
            if (component is null)
                return new(default, 400, "That message has no such button or menu any more.");
            if (component.Disabled == true)
                return new(default, 400, "That button is turned off.");
            string[]? values = null;
            if (component.Type != ComponentType.Button)
            {
                values = [.. request.Values ?? []];
                var min = component.MinValues ?? 1;
                var max = component.MaxValues ?? 1;
                if (values.Length < min || values.Length > max)
                    return new(default, 400, min == max ? $"Pick {min}." : $"Pick from {min} to {max}.");
                if (component.Type == ComponentType.StringSelect && values.Any(v => component.Options?.Any(o => o.Value == v) != true))
                    return new(default, 400, "That is not one of the menu's choices.");
            }

            var data = new InteractionData { CustomId = component.CustomId, ComponentType = component.Type, Values = values };
            interaction = NewInteraction(InteractionType.MessageComponent, data, person, stored.Source.ChannelId, stored.Source);
            Track(interaction, userId, null, messageId);
        }

        return await DeliverAndAcceptAsync(interaction, null, ct);
    }

    /// <summary>
    /// Uses a message command on a message, as from its Apps menu: an APPLICATION_COMMAND with <c>data.type</c> 3,
    /// <c>target_id</c> and the message, partial, in <c>resolved.messages</c> (interactions/application-commands#message-commands).
    /// </summary>
    public async Task<SandboxOutcome<InteractionAccepted>> MessageCommandAsync(MessageCommandRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interaction interaction;
        lock (_lock)
        {
            if (!TryId(request.UserId, out var userId) || Person(userId) is not { } person)
                return new(default, 400, "Pick a pretend person first.");
            if (!TryId(request.MessageId, out var messageId) || !_messages.TryGetValue(messageId, out var stored) || stored.Hidden)
                return new(default, 404, "That message is gone; scroll down for the newest one.");
            if (stored.View.VisibleToUserId is { } owner && owner != Id(userId))
                return new(default, 403, "That message is only for someone else.");
            var channelId = stored.Source.ChannelId;
            if (!IsGuildChannel(channelId) && channelId != person.DmChannelId)
                return new(default, 403, "That message is in someone else's DMs.");
            var guild = IsGuildChannel(channelId);
            var command = (guild ? _discord.GuildCommands(GuildId) : [])
                .Concat(_discord.GlobalCommands)
                .FirstOrDefault(c => c.Name == request.Name && c.Type == ApplicationCommandType.Message);
            if (command is null)
                return new(default, 400, $"PainPalBot has no \"{request.Name}\" message command registered (yet).");
            if (Refusal(command, command.Name, person, guild) is { } refused)
                return new(default, 400, refused);

            var target = stored.Source with { GuildId = null, Member = null, Nonce = null };
            var data = new InteractionData
            {
                Id = command.Id,
                Name = command.Name,
                Type = ApplicationCommandType.Message,
                GuildId = command.GuildId,
                TargetId = target.Id,
                Resolved = new ResolvedData { Messages = new() { [target.Id] = target } },
            };
            interaction = NewInteraction(InteractionType.ApplicationCommand, data, person, channelId, null);
            Track(interaction, userId, command.Name, null, (int)ApplicationCommandType.Message);
        }

        return await DeliverAndAcceptAsync(interaction, null, ct);
    }

    /// <summary>Submits a modal the bot showed.</summary>
    public async Task<SandboxOutcome<InteractionAccepted>> ModalAsync(ModalRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interaction interaction;
        lock (_lock)
        {
            if (Where(request.UserId, request.ChannelId) is not { } where)
                return new(default, 400, "Pick a pretend person and a channel first.");
            if (!_openModals.Remove((where.Person.Id, request.CustomId), out var shown))
                return new(default, 400, "That form is no longer open; ask PainPalBot for it again.");
            Message? source = null;
            ulong? messageId = null;
            if (TryId(request.MessageId, out var id) && _messages.TryGetValue(id, out var stored))
            {
                source = stored.Source;
                messageId = id;
            }

            var data = new InteractionData { CustomId = request.CustomId, Components = SubmittedComponents(shown, request.Fields) };
            interaction = NewInteraction(InteractionType.ModalSubmit, data, where.Person, where.ChannelId, source);
            Track(interaction, where.Person.Id, null, messageId);
        }

        return await DeliverAndAcceptAsync(interaction, null, ct);
    }

    // Hands the interaction to the bot and says which callback answered it, or that none did in time.
    private async Task<SandboxOutcome<InteractionAccepted>> DeliverAndAcceptAsync(Interaction interaction, string? path, CancellationToken ct)
    {
        var callback = await DeliverAsync(interaction, ct);
        return callback is { } type
            ? Ok(new InteractionAccepted(Id(interaction.Id), (int)type))
            : Unanswered(interaction, path);
    }

    /// <summary>Posts a person's message; the bot gets MESSAGE_CREATE (crisis watch reads these).</summary>
    public async Task<SandboxOutcome<MessageAccepted>> MessageAsync(MessageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Message message;
        lock (_lock)
        {
            if (Where(request.UserId, request.ChannelId) is not { } where)
                return new(default, 400, "Pick a pretend person and a channel first.");
            var content = request.Content?.Trim() ?? "";
            if (content.Length is 0 or > 2000)
                return new(default, 400, "A message is 1 to 2000 characters.");
            var guild = IsGuildChannel(where.ChannelId);
            message = new Message
            {
                Id = NextId(),
                ChannelId = where.ChannelId,
                GuildId = guild ? GuildId : null,
                Author = where.Person.ToUser(),
                Member = guild ? new GuildMember { Roles = where.Person.Moderator ? [ModeratorsRoleId] : [], JoinedAt = Joined } : null,
                Content = content,
                Timestamp = _clock.GetUtcNow(),
            };
            var view = new SandboxMessageView
            {
                Id = Id(message.Id),
                ChannelId = Id(message.ChannelId),
                Author = new SandboxAuthorView(Id(where.Person.Id), where.Person.Name, false),
                Content = content,
                Embeds = JsonSerializer.SerializeToElement(Array.Empty<Embed>(), DiscordJsonContext.Default.EmbedArray),
                Components = JsonSerializer.SerializeToElement(Array.Empty<Component>(), DiscordJsonContext.Default.ComponentArray),
                Timestamp = message.Timestamp,
                Order = Interlocked.Increment(ref _nextOrder),
                Version = Interlocked.Increment(ref _nextVersion),
            };
            _messages[message.Id] = new StoredMessage { View = view, Source = message };
            Publish("message", view, SandboxJsonContext.Default.SandboxMessageView);
        }

        await _discord.DispatchAsync("MESSAGE_CREATE", message, ct);
        return Ok(new MessageAccepted(Id(message.Id)));
    }

    /// <summary>Moves the sandbox clock forward.</summary>
    public SandboxOutcome<SandboxClockView> Advance(ClockRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!double.IsFinite(request.AdvanceMinutes) || request.AdvanceMinutes < 1 || request.AdvanceMinutes > 43_200)
            return new(default, 400, "Advance the clock by 1 minute to 30 days.");
        _clock.Advance(TimeSpan.FromMinutes(Math.Round(request.AdvanceMinutes)));
        var view = ClockView();
        Publish("clock", view, SandboxJsonContext.Default.SandboxClockView);
        return Ok(view);
    }

    /// <summary>Makes a person a moderator (Manage Server and the Moderators role) or not.</summary>
    public SandboxOutcome<IReadOnlyList<SandboxUserView>> SetModerator(ModeratorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            if (!TryId(request.UserId, out var userId) || Person(userId) is not { } person)
                return new(default, 400, "No such pretend person.");
            person.Moderator = request.On;
            IReadOnlyList<SandboxUserView> users = UserViews();
            Publish("users", users, SandboxJsonContext.Default.IReadOnlyListSandboxUserView);
            return Ok(users);
        }
    }

    private static SandboxOutcome<T> Ok<T>(T value) => new(value, 200, null);

    private static readonly DateTimeOffset Joined = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private (SandboxPerson Person, ulong ChannelId)? Where(string userId, string channelId)
    {
        if (!TryId(userId, out var uid) || Person(uid) is not { } person || !TryId(channelId, out var cid))
            return null;
        if (IsGuildChannel(cid) || cid == person.DmChannelId)
            return (person, cid);
        return null;
    }

    private Interaction NewInteraction(InteractionType type, InteractionData data, SandboxPerson person, ulong channelId, Message? message)
    {
        var id = NextId();
        var user = person.ToUser();
        var guild = IsGuildChannel(channelId);
        return new Interaction
        {
            Id = id,
            ApplicationId = _discord.ApplicationId,
            Type = type,
            Data = data,
            GuildId = guild ? GuildId : null,
            ChannelId = channelId,
            Channel = guild
                ? new Channel { Id = channelId, Type = 0, GuildId = GuildId, Name = ChannelName(channelId) }
                : new Channel { Id = channelId, Type = 1, Recipients = [user] },
            Member = guild
                ? new GuildMember { User = user, Roles = person.Moderator ? [ModeratorsRoleId] : [], Permissions = (ulong)person.Permissions, JoinedAt = Joined }
                : null,
            User = guild ? null : user,
            Token = string.Create(CultureInfo.InvariantCulture, $"sandbox-interaction-{id}-{Guid.NewGuid():N}"),
            Message = message,
            AppPermissions = AppPermissions,
            Locale = "en-GB",
            GuildLocale = guild ? "en-GB" : null,
            Context = guild ? (int)InteractionContextType.Guild : (int)InteractionContextType.BotDm,
        };
    }

    private void Track(Interaction interaction, ulong userId, string? commandName, ulong? messageId, int commandType = 1)
    {
        var tracked = new SandboxInteraction(interaction.Id, interaction.Token, userId, interaction.ChannelId ?? 0, commandName, messageId, commandType);
        _interactions[interaction.Token] = tracked;
        _discord.TrackInteractionChannel(interaction.Token, tracked.ChannelId);
    }

    private SandboxInteraction? Interaction(string token) => _interactions.GetValueOrDefault(token);

    private void RememberModal(ulong userId, string customId, Component[] components) => _openModals[(userId, customId)] = components;

    /// <summary>Sends an interaction and waits for the bot's callback; null when none came in time.</summary>
    private async Task<InteractionResponseType?> DeliverAsync(Interaction interaction, CancellationToken ct)
    {
        var callback = _discord.WaitForInteractionCallbackAsync(interaction.Id, _options.InteractionTimeout, ct);
        await _discord.DispatchAsync("INTERACTION_CREATE", interaction, ct);
        try
        {
            return (await callback).Response.Type;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private SandboxOutcome<InteractionAccepted> Unanswered(Interaction interaction, string? path)
    {
        SandboxLog.InteractionUnanswered(_logger, interaction.Id, _options.InteractionTimeout.TotalSeconds);
        var what = path is null ? "that" : "/" + path;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"PainPalBot did not answer {what} within {_options.InteractionTimeout.TotalSeconds:0.#} seconds. On Discord you would see \"The application did not respond\". Is the bot running?");
        return new(default, 504, text);
    }

    /// <summary>A modal's inputs as Discord sends them back: the same Labels or action rows the bot sent, with values.</summary>
    private static Component[] SubmittedComponents(Component[] shown, IReadOnlyList<ModalField> fields)
    {
        var submitted = new List<Component>();
        foreach (var top in shown)
        {
            if (top.Type == ComponentType.Label && top.Child is { } child)
                submitted.Add(new Component { Type = ComponentType.Label, Id = top.Id, Child = Filled(child, fields) });
            else if (top.Type == ComponentType.ActionRow)
                submitted.Add(new Component { Type = ComponentType.ActionRow, Id = top.Id, Components = [.. (top.Components ?? []).Select(c => Filled(c, fields))] });
        }

        return [.. submitted];
    }

    private static Component Filled(Component input, IReadOnlyList<ModalField> fields)
    {
        var field = fields.FirstOrDefault(f => f.CustomId == input.CustomId);
        return input.Type == ComponentType.TextInput
            ? new Component { Type = ComponentType.TextInput, Id = input.Id, CustomId = input.CustomId, Value = field?.Value ?? "" }
            : new Component { Type = input.Type, Id = input.Id, CustomId = input.CustomId, Values = [.. field?.Values ?? []] };
    }

    private static IEnumerable<Component> AllComponents(IEnumerable<Component> components)
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
}
