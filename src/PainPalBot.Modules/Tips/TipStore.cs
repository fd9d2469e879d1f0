using LiteDB;

namespace PainPalBot.Modules.Tips;

/// <summary>Tips and "this helped me" votes in LiteDB.</summary>
/// <remarks>ulong members are stored as Int64, so lookups by them go through LINQ, never FindById(ulong).</remarks>
public sealed class TipStore
{
    private readonly ILiteCollection<Tip> _tips;
    private readonly ILiteCollection<TipVote> _votes;

    /// <summary>Opens the collections and makes sure their indexes exist.</summary>
    public TipStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _tips = db.GetCollection<Tip>("tips");
        _tips.EnsureIndex(t => t.GuildId);
        _tips.EnsureIndex(t => t.AuthorId);
        _votes = db.GetCollection<TipVote>("tip_votes");
        _votes.EnsureIndex(v => v.TipId);
        _votes.EnsureIndex(v => v.VoterId);
        _votes.EnsureIndex(v => v.GuildId);
    }

    /// <summary>Saves a new tip.</summary>
    public void Add(Tip tip) => _tips.Insert(tip);

    /// <summary>Replaces a tip; false when it no longer exists.</summary>
    public bool Update(Tip tip) => _tips.Update(tip);

    /// <summary>One tip by id, or null.</summary>
    public Tip? Find(ObjectId id) => _tips.FindById(id);

    /// <summary>Deletes a tip and the votes for it; false when it was already gone.</summary>
    public bool Remove(ObjectId id)
    {
        _votes.DeleteMany(v => v.TipId == id);
        return _tips.Delete(id);
    }

    /// <summary>A server's approved tips.</summary>
    public List<Tip> Approved(ulong guildId) => [.. _tips.Find(t => t.GuildId == guildId && t.Status == TipStatus.Approved)];

    /// <summary>A server's tips approved since <paramref name="since"/>.</summary>
    public List<Tip> ApprovedSince(ulong guildId, DateTimeOffset since) =>
        [.. _tips.Find(t => t.GuildId == guildId && t.Status == TipStatus.Approved && t.ApprovedAt >= since)];

    /// <summary>The person's tips, oldest first.</summary>
    public List<Tip> ByAuthor(ulong userId) => [.. _tips.Find(t => t.AuthorId == userId).OrderBy(t => t.SubmittedAt)];

    /// <summary>Whether a vote exists.</summary>
    public bool HasVote(string key) => _votes.FindById(key) is not null;

    /// <summary>Saves a vote.</summary>
    public void AddVote(TipVote vote) => _votes.Insert(vote);

    /// <summary>Deletes a vote.</summary>
    public bool RemoveVote(string key) => _votes.Delete(key);

    /// <summary>How many votes a tip has.</summary>
    public int CountVotes(ObjectId tipId) => _votes.Count(v => v.TipId == tipId);

    /// <summary>The person's votes.</summary>
    public List<TipVote> VotesBy(ulong voterId) => [.. _votes.Find(v => v.VoterId == voterId).OrderBy(v => v.At)];

    /// <summary>Deletes the person's tips and the votes for them; returns how many records.</summary>
    public int DeleteByAuthor(ulong userId)
    {
        var removed = 0;
        foreach (var tip in _tips.Find(t => t.AuthorId == userId).ToList())
        {
            removed += _votes.DeleteMany(v => v.TipId == tip.Id);
            if (_tips.Delete(tip.Id)) removed++;
        }
        return removed;
    }

    /// <summary>Deletes the person's votes and corrects the counts of the tips they voted for; returns how many votes.</summary>
    public int DeleteVotesBy(ulong voterId)
    {
        var tipIds = _votes.Find(v => v.VoterId == voterId).Select(v => v.TipId).Distinct().ToList();
        var removed = _votes.DeleteMany(v => v.VoterId == voterId);
        foreach (var tipId in tipIds)
        {
            if (Find(tipId) is { } tip)
                Update(tip with { HelpfulCount = CountVotes(tipId) });
        }
        return removed;
    }

    /// <summary>Deletes a server's tips and votes; returns how many records.</summary>
    public int DeleteGuild(ulong guildId) => _votes.DeleteMany(v => v.GuildId == guildId) + _tips.DeleteMany(t => t.GuildId == guildId);
}
