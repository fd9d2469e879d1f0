using System.Diagnostics.CodeAnalysis;

namespace PainPalBot.Discord.Interactions;

/// <summary>A module type registered with <see cref="InteractionServiceCollectionExtensions.AddInteractionModule{TModule}"/>; the service collects them all.</summary>
public sealed class InteractionModuleRegistration([DynamicallyAccessedMembers(ModuleMembers.Read)] Type moduleType)
{
    /// <summary>The module class.</summary>
    [DynamicallyAccessedMembers(ModuleMembers.Read)]
    public Type ModuleType { get; } = moduleType;
}
