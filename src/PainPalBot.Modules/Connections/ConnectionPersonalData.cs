using System.Globalization;
using PainPalBot.Modules.Privacy;

namespace PainPalBot.Modules.Connections;

/// <summary>
/// A person's connection profiles, requests and blocks, for export and deletion. Exports never carry the other person's
/// id: someone behind a request or block may be a person the exporter never learnt the name of.
/// </summary>
public sealed class ConnectionPersonalData(ConnectionStore store) : IPersonalData
{
    /// <inheritdoc />
    public string Section => "connections";

    /// <inheritdoc />
    public PersonalDataSection Export(ulong userId)
    {
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var p in store.ProfilesOf(userId))
        {
            rows.Add(["profile", p.GuildId.ToString(CultureInfo.InvariantCulture), Utc(p.CreatedAt), Utc(p.UpdatedAt),
                $"conditions: {string.Join("; ", ConnectionChoices.Each(p.Conditions).Select(ConnectionChoices.Label))} | time zone: {p.TimeZone} | languages: {string.Join("; ", p.Languages)} | looking for: {string.Join("; ", ConnectionChoices.Each(p.LookingFor).Select(ConnectionChoices.Label))}"]);
        }
        foreach (var r in store.RequestsInvolving(userId))
        {
            rows.Add([r.FromUserId == userId ? "request_sent" : "request_received", r.GuildId.ToString(CultureInfo.InvariantCulture),
                Utc(r.CreatedAt), r.AnsweredAt is { } a ? Utc(a) : null, r.Status.ToString().ToLowerInvariant()]);
        }
        foreach (var s in store.SuggestionsFor(userId))
            rows.Add(["suggestion_received", s.GuildId.ToString(CultureInfo.InvariantCulture), Utc(s.CreatedAt), Utc(s.ExpiresAt), null]);
        foreach (var b in store.BarriersOwnedBy(userId))
            rows.Add([b.Kind == ConnectionBarrierKind.Blocked ? "blocked_someone" : "declined_someone", null, Utc(b.At), null, null]);
        return new(Section, ["record", "guild_id", "at_utc", "updated_or_answered_at_utc", "details"], rows);
    }

    /// <summary>
    /// Deletes the person's profiles, the suggestions and requests involving them, and the barriers they set. Barriers
    /// others set against them stay: those protect the other person.
    /// </summary>
    public int Delete(ulong userId) =>
        store.DeleteProfiles(userId)
        + store.DeleteSuggestionsInvolving(userId)
        + store.DeleteRequestsInvolving(userId)
        + store.DeleteBarriersOwnedBy(userId);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
