namespace PainPalBot.Discord.Interactions;

/// <summary>A module type registered with <see cref="InteractionServiceCollectionExtensions.AddInteractionModule{TModule}"/>; the service collects them all.</summary>
public sealed class InteractionModuleRegistration(Type moduleType)
{
    /// <summary>The module class.</summary>
    public Type ModuleType { get; } = moduleType;
}
