using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace PainPalBot.Discord.Interactions;

/// <summary>A handler read once at start, with delegates for creating its module and calling it.</summary>
internal sealed class CommandInfo : ICommandInfo
{
    public required string Name { get; init; }

    public required CommandKind Kind { get; init; }

    public required Type ModuleType { get; init; }

    public required MethodInfo Method { get; init; }

    public required IReadOnlyList<IParameterInfo> Parameters { get; init; }

    public required IReadOnlyList<Attribute> Attributes { get; init; }

    public required PreconditionAttribute[] Preconditions { get; init; }

    public required bool EphemeralDefer { get; init; }

    public required ObjectFactory ModuleFactory { get; init; }

    public required Func<object, object?[], Task> Invoke { get; init; }

    public required int ParameterCount { get; init; }

    /// <summary>Slash commands: one per method parameter.</summary>
    public SlashParameter[] SlashParameters { get; init; } = [];

    public string Description { get; init; } = "";

    /// <summary>Components and modals.</summary>
    public CustomIdPattern? Pattern { get; init; }

    public Func<string, object?>[] CaptureBinders { get; init; } = [];

    public int ValuesParameterIndex { get; init; } = -1;

    public int ModalParameterIndex { get; init; } = -1;

    public ModalInfo? Modal { get; init; }
}
