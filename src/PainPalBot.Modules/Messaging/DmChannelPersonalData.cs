using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Messaging;

/// <summary>The cached DM channel id, for export and deletion.</summary>
public sealed class DmChannelPersonalData(DmChannelStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "dm_channels";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId) => new(
        Section,
        ["user_id", "channel_id", "cached_at_utc"],
        store.Find(userId) is { } c
            ? [[c.UserId.ToString(CultureInfo.InvariantCulture), c.ChannelId.ToString(CultureInfo.InvariantCulture), c.CachedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)]]
            : []);

    /// <inheritdoc />
    public int Delete(ulong userId) => store.Delete(userId);
}
