namespace PainPalBot.Modules.ServerSettings;

/// <summary>
/// What one feature stores about a server (its own resources, community prompts, ...). Registered with
/// <c>services.AddGuildData&lt;T&gt;()</c> so a server's export and its removal 30 days after the bot leaves include it.
/// </summary>
public interface IGuildData
{
    /// <summary>A short, stable section name, e.g. <c>resources</c>.</summary>
    string Section { get; }

    /// <summary>Deletes everything stored for the server; returns how many records were removed.</summary>
    int DeleteGuild(ulong guildId);
}
