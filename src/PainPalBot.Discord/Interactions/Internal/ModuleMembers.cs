using System.Diagnostics.CodeAnalysis;

namespace PainPalBot.Discord.Interactions;

/// <summary>What the framework reads from a module class at start, so trimming and Native AOT keep it.</summary>
internal static class ModuleMembers
{
    /// <summary>Its constructors (the module factory), its handler methods, and its nested [Group] modules.</summary>
    public const DynamicallyAccessedMemberTypes Read =
        DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicNestedTypes;
}
