namespace PainPalBot.Modules.Connections;

/// <summary>One suggestion as shown to the person: an opaque token and a description without a name.</summary>
/// <param name="Token">Goes into the "Ask to connect" custom id; never a user id.</param>
/// <param name="Description">e.g. "someone with fibromyalgia, two hours ahead, also looking for a pacing partner".</param>
public sealed record SuggestedMember(string Token, string Description);
