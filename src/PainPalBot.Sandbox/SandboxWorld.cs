using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Sandbox.Api;
using DiscordServer = PainPalBot.FakeDiscord.FakeDiscord;

namespace PainPalBot.Sandbox;

/// <summary>
/// The pretend world: one server with three channels and three people, their DMs with the bot, and every
/// message as the page shows it. Page actions become gateway dispatches (SandboxWorld.Actions.cs, .Commands.cs);
/// the bot's REST calls become page updates (SandboxWorld.Rest.cs).
/// </summary>
public sealed partial class SandboxWorld
{
    /// <summary>The pretend server's name.</summary>
    public const string GuildName = "PainPal Sandbox";

    /// <summary>#general.</summary>
    public const ulong GeneralChannelId = 710_000_000_000_000_001;

    /// <summary>#moderators, where moderator alerts belong.</summary>
    public const ulong ModeratorsChannelId = 710_000_000_000_000_002;

    /// <summary>#stories.</summary>
    public const ulong StoriesChannelId = 710_000_000_000_000_003;

    /// <summary>The Moderators role.</summary>
    public const ulong ModeratorsRoleId = 720_000_000_000_000_001;

    /// <summary>Robin, the newcomer the page acts as first.</summary>
    public const ulong RobinId = 730_000_000_000_000_001;

    /// <summary>Sam, another member.</summary>
    public const ulong SamId = 730_000_000_000_000_002;

    /// <summary>Alex, a moderator.</summary>
    public const ulong AlexId = 730_000_000_000_000_003;

    private readonly Lock _lock = new();
    private readonly DiscordServer _discord;
    private readonly SandboxClock _clock;
    private readonly SandboxEvents _events;
    private readonly SandboxOptions _options;
    private readonly ILogger _logger;
    private readonly List<SandboxPerson> _people = [];
    private readonly List<(ulong Id, string Name, string Topic)> _channels =
    [
        (GeneralChannelId, "general", "Say hello, and try PainPalBot: type / to see its commands."),
        (ModeratorsChannelId, "moderators", "For the moderators: PainPalBot's alerts land here once it is configured."),
        (StoriesChannelId, "stories", "Members' stories, shared with consent."),
    ];
    private readonly Dictionary<ulong, StoredMessage> _messages = [];
    private readonly HashSet<ulong> _knownChannels = [];
    private long _nextOrder;
    private long _nextVersion;
    private long _nextId = 1_400_000_000_000_000_000;

    internal SandboxWorld(DiscordServer discord, SandboxClock clock, SandboxEvents events, SandboxOptions options, ILogger logger)
    {
        _discord = discord;
        _clock = clock;
        _events = events;
        _options = options;
        _logger = logger;

        foreach (var (id, name, _) in _channels)
        {
            _discord.AddChannel(new Channel { Id = id, Type = 0, GuildId = GuildId, Name = name });
            _knownChannels.Add(id);
        }
        _discord.AddRole(new Role { Id = ModeratorsRoleId, Name = "Moderators", Permissions = (ulong)GuildPermission.ManageGuild, Position = 1 });
        foreach (var (id, name, moderator) in new[] { (RobinId, "Robin", false), (SamId, "Sam", false), (AlexId, "Alex", true) })
        {
            var person = new SandboxPerson(id, name, _discord.DmChannelIdFor(id)) { Moderator = moderator };
            _people.Add(person);
            _knownChannels.Add(person.DmChannelId);
        }
    }

    /// <summary>The pretend server's id.</summary>
    public ulong GuildId => _discord.Options.GuildId;

    /// <summary>A person's DM channel with the bot.</summary>
    public ulong DmChannelIdFor(ulong userId) => Person(userId)?.DmChannelId ?? throw new ArgumentException("No such pretend person.", nameof(userId));

    /// <summary>Everything the page needs to draw itself.</summary>
    public SandboxStateView State()
    {
        lock (_lock)
        {
            return new SandboxStateView
            {
                Guild = new SandboxGuildView(Id(GuildId), GuildName),
                Bot = BotView(),
                Channels = ChannelViews(),
                Users = UserViews(),
                Roles = [new SandboxRoleView(Id(ModeratorsRoleId), "Moderators")],
                Commands = CommandsJson(),
                Clock = ClockView(),
                Messages = [.. _messages.Values.Where(m => !m.Hidden).Select(m => m.View).OrderBy(v => v.Order)],
            };
        }
    }

    /// <summary>The sandbox clock as the page shows it.</summary>
    public SandboxClockView ClockView() => new(_clock.GetUtcNow(), _clock.Offset.TotalMinutes);

    /// <summary>The bytes of a file the bot uploaded, or null.</summary>
    public (byte[] Content, string ContentType)? File(ulong attachmentId)
    {
        lock (_lock)
            return _files.TryGetValue(attachmentId, out var file) ? file : null;
    }

    internal JsonElement CommandsJson()
    {
        ApplicationCommand[] commands = [.. _discord.GlobalCommands, .. _discord.GuildCommands(GuildId)];
        return JsonSerializer.SerializeToElement(commands, DiscordJsonContext.Default.ApplicationCommandArray);
    }

    private SandboxUserView BotView() =>
        new(Id(_discord.BotUserId), _discord.Options.BotUsername, false, "0", []);

    private List<SandboxChannelView> ChannelViews() =>
    [
        .. _channels.Select(c => new SandboxChannelView(Id(c.Id), c.Name, "text", null, c.Topic)),
        .. _people.Select(p => new SandboxChannelView(Id(p.DmChannelId), $"{p.Name} and {_discord.Options.BotUsername}", "dm", Id(p.Id), null)),
    ];

    private List<SandboxUserView> UserViews() =>
        [.. _people.Select(p => new SandboxUserView(Id(p.Id), p.Name, p.Moderator, Id((ulong)p.Permissions), p.Moderator ? [Id(ModeratorsRoleId)] : []))];

    private SandboxPerson? Person(ulong userId) => _people.Find(p => p.Id == userId);

    private SandboxPerson? PersonByDm(ulong channelId) => _people.Find(p => p.DmChannelId == channelId);

    private bool IsGuildChannel(ulong channelId) => _channels.Exists(c => c.Id == channelId);

    private string ChannelName(ulong channelId) => _channels.Find(c => c.Id == channelId).Name ?? "general";

    private ulong NextId() => (ulong)Interlocked.Increment(ref _nextId);

    private void Publish<T>(string eventName, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        _events.Publish(eventName, JsonSerializer.Serialize(value, typeInfo));

    internal static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    internal static bool TryId(string? text, out ulong id) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    /// <summary>A message the page knows: its view, the Discord message behind it, and where it came from.</summary>
    private sealed class StoredMessage
    {
        public required SandboxMessageView View { get; set; }

        /// <summary>The message as Discord JSON models it, for <c>interaction.message</c>.</summary>
        public required Message Source { get; set; }

        /// <summary>The last JSON of it FakeDiscord held; null for messages people wrote.</summary>
        public string? FakeJson { get; set; }

        /// <summary>A deferred original that a followup replaced, as Discord does.</summary>
        public bool Hidden { get; set; }

        /// <summary>Drawn before something the sandbox learnt later about it; the next sync draws it again.</summary>
        public bool Redraw { get; set; }
    }
}
