using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Tips;

/// <summary>The "this helped me" votes a person cast, for export and deletion (deleting corrects the tips' counts).</summary>
public sealed class TipVotePersonalData(TipStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "tip_votes";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId) => new(
        Section,
        ["tip_id", "guild_id", "at_utc"],
        [.. store.VotesBy(userId).Select(v => (IReadOnlyList<string?>)
        [
            v.TipId.ToString(),
            v.GuildId.ToString(CultureInfo.InvariantCulture),
            v.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ])]);

    /// <inheritdoc />
    public int Delete(ulong userId) => store.DeleteVotesBy(userId);
}
