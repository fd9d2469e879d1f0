using System.Reflection;

namespace PainPalBot.Discord.Interactions;

/// <summary>A handler as the framework knows it: handed to preconditions and autocomplete handlers.</summary>
public interface ICommandInfo
{
    /// <summary>The full slash command path ("reminders set"), a context-menu command's name ("Ask mods to check in"), or the custom id pattern ("checkin:pain:*").</summary>
    string Name { get; }

    /// <summary>The kind of handler.</summary>
    CommandKind Kind { get; }

    /// <summary>The module class declaring it.</summary>
    Type ModuleType { get; }

    /// <summary>The handler method.</summary>
    MethodInfo Method { get; }

    /// <summary>Its parameters (options, captures, values, modal, or a context-menu command's target).</summary>
    IReadOnlyList<IParameterInfo> Parameters { get; }

    /// <summary>Attributes of the method and its module(s).</summary>
    IReadOnlyList<Attribute> Attributes { get; }
}
