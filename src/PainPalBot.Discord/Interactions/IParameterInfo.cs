namespace PainPalBot.Discord.Interactions;

/// <summary>One handler parameter: a slash command option, a wildcard capture, select values, a modal, or a context-menu command's target.</summary>
public interface IParameterInfo
{
    /// <summary>The option name as Discord sees it (from <see cref="SummaryAttribute"/> or the parameter name).</summary>
    string Name { get; }

    /// <summary>The option description.</summary>
    string Description { get; }

    /// <summary>The CLR type of the parameter.</summary>
    Type ParameterType { get; }

    /// <summary>Whether Discord requires it.</summary>
    bool IsRequired { get; }

    /// <summary>The default value of an optional parameter.</summary>
    object? DefaultValue { get; }

    /// <summary>Attributes on the parameter.</summary>
    IReadOnlyList<Attribute> Attributes { get; }
}
