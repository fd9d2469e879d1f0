namespace PainPalBot.Modules.ServerSettings;

/// <summary>The outcome of a settings change: the message for the moderator and the settings now in force.</summary>
public sealed record SettingsResult(bool Saved, string Message, GuildSettings Settings);
