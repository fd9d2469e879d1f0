namespace PainPalBot.Modules.ServerSettings;

/// <summary>One community prompt as exported: id, channel, text, local time (HH:mm), days and zone.</summary>
public sealed record CommunityPromptExport(string Id, ulong ChannelId, string Text, string Time, IReadOnlyList<DayOfWeek> Days, string TimeZone);
