namespace PainPalBot.Discord.Interactions;

/// <summary>Remembers a hash of the last command set registered per scope, so an unchanged set is not re-sent (Discord allows 200 creates a day).</summary>
public interface ICommandRegistrationStore
{
    /// <summary>The hash saved for <paramref name="scope"/>, or null.</summary>
    Task<string?> GetHashAsync(string scope, CancellationToken ct = default);

    /// <summary>Saves the hash registered for <paramref name="scope"/>.</summary>
    Task SaveHashAsync(string scope, string hash, CancellationToken ct = default);
}
