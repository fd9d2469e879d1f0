using System.Diagnostics.CodeAnalysis;

namespace PainPalBot.Discord.Interactions;

/// <summary>Makes a string, integer or number option autocomplete through an <see cref="AutocompleteHandler"/> (created once per request from DI).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class AutocompleteAttribute : Attribute
{
    /// <summary>Uses the given handler type.</summary>
    public AutocompleteAttribute([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type autocompleteHandlerType)
    {
        ArgumentNullException.ThrowIfNull(autocompleteHandlerType);
        if (!typeof(AutocompleteHandler).IsAssignableFrom(autocompleteHandlerType))
            throw new ArgumentException($"{autocompleteHandlerType.Name} must derive from {nameof(AutocompleteHandler)}.", nameof(autocompleteHandlerType));
        AutocompleteHandlerType = autocompleteHandlerType;
    }

    /// <summary>The handler type.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)]
    public Type AutocompleteHandlerType { get; }
}
