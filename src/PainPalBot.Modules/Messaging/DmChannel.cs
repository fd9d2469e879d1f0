using LiteDB;

namespace PainPalBot.Modules.Messaging;

/// <summary>A person's cached DM channel id, so a DM costs one request instead of two.</summary>
public sealed record DmChannel([property: BsonId] ulong UserId, ulong ChannelId, DateTimeOffset CachedAt);
