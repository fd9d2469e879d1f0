namespace PainPalBot.Modules.Resources;

/// <summary>A topic people can browse by: a label and the tag it selects.</summary>
/// <param name="Label">What the person sees, e.g. "Flare plans".</param>
/// <param name="Tag">The tag it filters on, e.g. "flare-plan".</param>
public sealed record ResourceTopic(string Label, string Tag);
