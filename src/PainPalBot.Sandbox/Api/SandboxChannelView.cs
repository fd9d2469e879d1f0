namespace PainPalBot.Sandbox.Api;

/// <summary>A channel of the pretend server, or a person's DM with the bot.</summary>
/// <param name="Id">The channel's snowflake.</param>
/// <param name="Name">Its name, without #.</param>
/// <param name="Kind"><c>text</c> for a server channel, <c>dm</c> for a DM.</param>
/// <param name="UserId">For a DM, whose it is.</param>
/// <param name="Topic">A line about the channel.</param>
public sealed record SandboxChannelView(string Id, string Name, string Kind, string? UserId, string? Topic);
