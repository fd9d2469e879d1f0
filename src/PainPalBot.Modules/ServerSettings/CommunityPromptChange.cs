namespace PainPalBot.Modules.ServerSettings;

/// <summary>The outcome of adding or removing a community prompt: whether it was saved and the sentence for the moderator.</summary>
public sealed record CommunityPromptChange(bool Saved, string Message, CommunityPrompt? Prompt);
