using System.Globalization;
using System.Text.Json;
using PainPalBot.Discord.Models;

namespace PainPalBot.FakeDiscord;

/// <summary>The <c>resolved</c> object being built for one command interaction (options or a context-menu target), as Discord fills it.</summary>
internal sealed class FakeResolvedData
{
    private readonly Dictionary<ulong, User> _users = [];
    private readonly Dictionary<ulong, GuildMember> _members = [];
    private readonly Dictionary<ulong, Role> _roles = [];
    private readonly Dictionary<ulong, Channel> _channels = [];
    private readonly Dictionary<ulong, Attachment> _attachments = [];
    private readonly Dictionary<ulong, Message> _messages = [];

    public JsonElement AddUser(User user, GuildMember? member, FakeInteractionUser who)
    {
        _users[user.Id] = user;
        if (!who.InDm)
            _members[user.Id] = (member ?? new GuildMember { JoinedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) }) with { User = null };
        return Snowflake(user.Id);
    }

    public JsonElement AddRole(Role role)
    {
        _roles[role.Id] = role;
        return Snowflake(role.Id);
    }

    public JsonElement AddChannel(Channel channel)
    {
        _channels[channel.Id] = channel;
        return Snowflake(channel.Id);
    }

    public JsonElement AddAttachment(Attachment attachment)
    {
        _attachments[attachment.Id] = attachment;
        return Snowflake(attachment.Id);
    }

    /// <summary>
    /// A message command's target as a partial message: what Discord's example shows (id, channel_id, author,
    /// content, embeds, components, attachments, timestamp, flags), without guild_id or member.
    /// </summary>
    public void AddMessage(Message message) =>
        _messages[message.Id] = message with { GuildId = null, Member = null, Nonce = null, MessageReference = null };

    public ResolvedData? ToResolved() =>
        _users.Count + _roles.Count + _channels.Count + _attachments.Count + _messages.Count == 0
            ? null
            : new ResolvedData
            {
                Users = _users.Count == 0 ? null : _users,
                Members = _members.Count == 0 ? null : _members,
                Roles = _roles.Count == 0 ? null : _roles,
                Channels = _channels.Count == 0 ? null : _channels,
                Attachments = _attachments.Count == 0 ? null : _attachments,
                Messages = _messages.Count == 0 ? null : _messages,
            };

    private static JsonElement Snowflake(ulong id) =>
        JsonSerializer.SerializeToElement(id.ToString(CultureInfo.InvariantCulture), DiscordJsonContext.Default.String);
}
