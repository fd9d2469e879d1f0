using LiteDB;

namespace PainPalBot.Modules.Connections;

/// <summary>Connection profiles, suggestions, requests and barriers in LiteDB.</summary>
/// <remarks>ulong members are stored as Int64, so lookups by them go through LINQ, never FindById(ulong).</remarks>
public sealed class ConnectionStore
{
    private readonly ILiteCollection<ConnectionProfile> _profiles;
    private readonly ILiteCollection<ConnectionSuggestion> _suggestions;
    private readonly ILiteCollection<ConnectionRequest> _requests;
    private readonly ILiteCollection<ConnectionBarrier> _barriers;

    /// <summary>Opens the collections and makes sure their indexes exist.</summary>
    public ConnectionStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _profiles = db.GetCollection<ConnectionProfile>("connection_profiles");
        _profiles.EnsureIndex(p => p.GuildId);
        _profiles.EnsureIndex(p => p.UserId);
        _suggestions = db.GetCollection<ConnectionSuggestion>("connection_suggestions");
        _suggestions.EnsureIndex(s => s.ForUserId);
        _suggestions.EnsureIndex(s => s.ExpiresAt);
        _requests = db.GetCollection<ConnectionRequest>("connection_requests");
        _requests.EnsureIndex(r => r.FromUserId);
        _requests.EnsureIndex(r => r.ToUserId);
        _barriers = db.GetCollection<ConnectionBarrier>("connection_barriers");
        _barriers.EnsureIndex(b => b.OwnerId);
        _barriers.EnsureIndex(b => b.OtherId);
    }

    /// <summary>The person's profile in a server, or null.</summary>
    public ConnectionProfile? Profile(ulong guildId, ulong userId) => _profiles.FindOne(p => p.GuildId == guildId && p.UserId == userId);

    /// <summary>Every profile in a server.</summary>
    public List<ConnectionProfile> ProfilesIn(ulong guildId) => [.. _profiles.Find(p => p.GuildId == guildId)];

    /// <summary>The person's profiles in every server.</summary>
    public List<ConnectionProfile> ProfilesOf(ulong userId) => [.. _profiles.Find(p => p.UserId == userId)];

    /// <summary>Saves a profile (insert or replace).</summary>
    public void SaveProfile(ConnectionProfile profile) => _profiles.Upsert(profile);

    /// <summary>Deletes the person's profile in a server; returns how many (0 or 1).</summary>
    public int DeleteProfile(ulong guildId, ulong userId) => _profiles.DeleteMany(p => p.GuildId == guildId && p.UserId == userId);

    /// <summary>Deletes the person's profiles everywhere.</summary>
    public int DeleteProfiles(ulong userId) => _profiles.DeleteMany(p => p.UserId == userId);

    /// <summary>Saves a suggestion.</summary>
    public void AddSuggestion(ConnectionSuggestion suggestion) => _suggestions.Insert(suggestion);

    /// <summary>A suggestion by token, or null.</summary>
    public ConnectionSuggestion? Suggestion(string token) => _suggestions.FindById(token);

    /// <summary>Deletes one suggestion.</summary>
    public bool RemoveSuggestion(string token) => _suggestions.Delete(token);

    /// <summary>Suggestions made for the person.</summary>
    public List<ConnectionSuggestion> SuggestionsFor(ulong userId) => [.. _suggestions.Find(s => s.ForUserId == userId)];

    /// <summary>Deletes suggestions for or of the person (in one server, or everywhere); returns how many.</summary>
    public int DeleteSuggestionsInvolving(ulong userId, ulong? guildId = null) => guildId is { } guild
        ? _suggestions.DeleteMany(s => (s.ForUserId == userId || s.CandidateUserId == userId) && s.GuildId == guild)
        : _suggestions.DeleteMany(s => s.ForUserId == userId || s.CandidateUserId == userId);

    /// <summary>Deletes the suggestions between two people, either way.</summary>
    public int DeleteSuggestionsBetween(ulong a, ulong b) =>
        _suggestions.DeleteMany(s => (s.ForUserId == a && s.CandidateUserId == b) || (s.ForUserId == b && s.CandidateUserId == a));

    /// <summary>Deletes suggestions that expired before <paramref name="now"/>.</summary>
    public int DeleteExpiredSuggestions(DateTimeOffset now) => _suggestions.DeleteMany(s => s.ExpiresAt < now);

    /// <summary>Saves a request.</summary>
    public void AddRequest(ConnectionRequest request) => _requests.Insert(request);

    /// <summary>A request by token, or null.</summary>
    public ConnectionRequest? Request(string token) => _requests.FindById(token);

    /// <summary>Replaces a request.</summary>
    public bool UpdateRequest(ConnectionRequest request) => _requests.Update(request);

    /// <summary>Deletes a request.</summary>
    public bool RemoveRequest(string token) => _requests.Delete(token);

    /// <summary>Requests the person sent or received.</summary>
    public List<ConnectionRequest> RequestsInvolving(ulong userId) =>
        [.. _requests.Find(r => r.FromUserId == userId || r.ToUserId == userId)];

    /// <summary>Requests between two people, either way.</summary>
    public List<ConnectionRequest> RequestsBetween(ulong a, ulong b) =>
        [.. _requests.Find(r => (r.FromUserId == a && r.ToUserId == b) || (r.FromUserId == b && r.ToUserId == a))];

    /// <summary>When the person sent each request after <paramref name="since"/>, oldest first.</summary>
    public List<DateTimeOffset> RequestTimesFrom(ulong userId, DateTimeOffset since) =>
        [.. _requests.Find(r => r.FromUserId == userId && r.CreatedAt > since).Select(r => r.CreatedAt).OrderBy(t => t)];

    /// <summary>Pending requests sent before <paramref name="cutoff"/>.</summary>
    public List<ConnectionRequest> PendingBefore(DateTimeOffset cutoff) =>
        [.. _requests.Find(r => r.Status == ConnectionRequestStatus.Pending && r.CreatedAt < cutoff)];

    /// <summary>Deletes expired requests answered before <paramref name="cutoff"/>.</summary>
    public int DeleteExpiredRequestsBefore(DateTimeOffset cutoff) =>
        _requests.DeleteMany(r => r.Status == ConnectionRequestStatus.Expired && r.CreatedAt < cutoff);

    /// <summary>Deletes every request the person sent or received.</summary>
    public int DeleteRequestsInvolving(ulong userId) => _requests.DeleteMany(r => r.FromUserId == userId || r.ToUserId == userId);

    /// <summary>Saves a barrier.</summary>
    public void AddBarrier(ConnectionBarrier barrier) => _barriers.Insert(barrier);

    /// <summary>Whether a barrier keeps the two apart (either way).</summary>
    public bool HasBarrier(ulong a, ulong b) =>
        _barriers.Exists(x => (x.OwnerId == a && x.OtherId == b) || (x.OwnerId == b && x.OtherId == a));

    /// <summary>Everyone kept apart from the person, whoever set the barrier.</summary>
    public HashSet<ulong> BarredFrom(ulong userId) =>
        [.. _barriers.Find(x => x.OwnerId == userId || x.OtherId == userId).Select(x => x.OwnerId == userId ? x.OtherId : x.OwnerId)];

    /// <summary>Barriers the person set.</summary>
    public List<ConnectionBarrier> BarriersOwnedBy(ulong userId) => [.. _barriers.Find(x => x.OwnerId == userId)];

    /// <summary>Deletes the barriers the person set.</summary>
    public int DeleteBarriersOwnedBy(ulong userId) => _barriers.DeleteMany(x => x.OwnerId == userId);

    /// <summary>Deletes a server's profiles, suggestions and requests; returns how many records.</summary>
    public int DeleteGuild(ulong guildId) =>
        _profiles.DeleteMany(p => p.GuildId == guildId)
        + _suggestions.DeleteMany(s => s.GuildId == guildId)
        + _requests.DeleteMany(r => r.GuildId == guildId);
}
