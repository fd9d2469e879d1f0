using Microsoft.Extensions.Options;
using PainPalBot.Discord;

namespace PainPalBot.Options;

/// <summary>Checks the <c>Discord</c> section at start, each failure one line naming the setting and its environment variable.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
            failures.Add("Discord:Token is not set. Put the bot token from the Discord developer portal in the environment variable Discord__Token.");
        else if (options.Token.Any(char.IsWhiteSpace) || options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            failures.Add("Discord:Token looks malformed (it has spaces or a \"Bot \" prefix). Set Discord__Token to the token alone.");
        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL, e.g. https://discord.com/api/v10 (env Discord__ApiBaseUrl).");
        if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
            failures.Add("Discord:ShardId must be from 0 to Discord:ShardCount - 1 (env Discord__ShardId, Discord__ShardCount).");
        if (options.GlobalRequestsPerSecond is < 1 or > 10_000)
            failures.Add("Discord:GlobalRequestsPerSecond must be from 1 to 10000 (env Discord__GlobalRequestsPerSecond).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
