using LiteDB;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Modules.ServerSettings;

/// <summary>Community prompts and the ledger of their occurrences, in LiteDB.</summary>
public sealed class CommunityPromptStore
{
    private readonly ILiteDatabase _db;
    private readonly ILiteCollection<CommunityPrompt> _prompts;
    private readonly ILiteCollection<CommunityPromptRun> _runs;

    /// <summary>Opens the collections and their indexes.</summary>
    public CommunityPromptStore(ILiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _prompts = db.GetCollection<CommunityPrompt>("community_prompts");
        _prompts.EnsureIndex(p => p.GuildId);
        _runs = db.GetCollection<CommunityPromptRun>("community_prompt_runs");
        _runs.EnsureIndex(r => r.State);
        _runs.EnsureIndex(r => r.GuildId);
    }

    /// <summary>Adds a prompt and returns it with its id.</summary>
    public CommunityPrompt Add(CommunityPrompt prompt)
    {
        var stored = prompt with { Id = ObjectId.NewObjectId() };
        _prompts.Insert(stored);
        return stored;
    }

    /// <summary>Replaces a prompt; false when it was removed meanwhile.</summary>
    public bool Save(CommunityPrompt prompt) => _prompts.Update(prompt);

    /// <summary>One prompt of a server, or null.</summary>
    public CommunityPrompt? Find(ulong guildId, ObjectId id) => _prompts.FindById(id) is { } p && p.GuildId == guildId ? p : null;

    /// <summary>A server's prompts, oldest first.</summary>
    public List<CommunityPrompt> ForGuild(ulong guildId) => [.. _prompts.Find(p => p.GuildId == guildId).OrderBy(p => p.CreatedAt)];

    /// <summary>Every prompt (a handful per server).</summary>
    public List<CommunityPrompt> All() => [.. _prompts.FindAll()];

    /// <summary>Deletes one of a server's prompts; false when there was none.</summary>
    public bool Delete(ulong guildId, ObjectId id) => Find(guildId, id) is not null && _prompts.Delete(id);

    /// <summary>Occurrences claimed but not yet sent or given up.</summary>
    public List<CommunityPromptRun> Unfinished() => [.. _runs.Find(r => r.State == DeliveryState.Claimed)];

    /// <summary>All occurrences of a server's prompts.</summary>
    public List<CommunityPromptRun> RunsFor(ulong guildId) => [.. _runs.Find(r => r.GuildId == guildId)];

    /// <summary>
    /// Claims an occurrence and saves the prompt advanced past it, in one transaction. False when the occurrence
    /// was claimed before (the advance is still saved) or the prompt is gone.
    /// </summary>
    public bool TryClaim(CommunityPromptRun run, CommunityPrompt advanced)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(advanced);
        _db.BeginTrans();
        try
        {
            if (_prompts.FindById(advanced.Id) is null)
            {
                _db.Rollback();
                return false;
            }
            var claimed = _runs.FindById(run.Key) is null;
            if (claimed)
                _runs.Insert(run);
            _prompts.Update(advanced);
            _db.Commit();
            return claimed;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    /// <summary>Marks an occurrence sent or given up.</summary>
    public void Complete(string key, DeliveryState state, DateTimeOffset at)
    {
        if (_runs.FindById(key) is { } run)
            _runs.Update(run with { State = state, FinishedAt = at });
    }

    /// <summary>Forgets finished occurrences claimed before <paramref name="before"/>.</summary>
    public int PruneRuns(DateTimeOffset before) => _runs.DeleteMany(r => r.State != DeliveryState.Claimed && r.ClaimedAt < before);

    /// <summary>Deletes a server's prompts and their ledger; returns how many records.</summary>
    public int DeleteGuild(ulong guildId) =>
        _prompts.DeleteMany(p => p.GuildId == guildId) + _runs.DeleteMany(r => r.GuildId == guildId);
}
