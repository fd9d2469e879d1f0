namespace PainPalBot.Discord.Interactions;

/// <summary>One suggestion: the name shown (1–100 characters) and the value sent (a string, integer or number).</summary>
public sealed class AutocompleteResult
{
    /// <summary>Creates a suggestion.</summary>
    public AutocompleteResult(string name, object value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <summary>The name shown.</summary>
    public string Name { get; }

    /// <summary>The value sent when chosen.</summary>
    public object Value { get; }
}
