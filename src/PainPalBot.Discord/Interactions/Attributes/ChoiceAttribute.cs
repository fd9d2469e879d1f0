namespace PainPalBot.Discord.Interactions;

/// <summary>One fixed choice of a string, integer or number option; any other value is refused.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = true, Inherited = true)]
public sealed class ChoiceAttribute : Attribute
{
    /// <summary>A string choice.</summary>
    public ChoiceAttribute(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>An integer choice.</summary>
    public ChoiceAttribute(string name, int value)
    {
        Name = name;
        Value = (long)value;
    }

    /// <summary>A number choice.</summary>
    public ChoiceAttribute(string name, double value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The name shown (1–100 characters).</summary>
    public string Name { get; }

    /// <summary>The value sent: a string, long or double.</summary>
    public object Value { get; }
}
