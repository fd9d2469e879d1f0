using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>The value of a mentionable option: a user or a role.</summary>
public sealed record Mentionable(ulong Id, User? User, Role? Role);
