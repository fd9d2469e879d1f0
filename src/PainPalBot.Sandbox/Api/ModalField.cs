namespace PainPalBot.Sandbox.Api;

/// <summary>One input of a submitted modal.</summary>
public sealed record ModalField
{
    /// <summary>The input's <c>custom_id</c>.</summary>
    public string CustomId { get; init; } = "";

    /// <summary>Discord's component type: 4 text input, 3 string select.</summary>
    public int Type { get; init; } = 4;

    /// <summary>A text input's value.</summary>
    public string? Value { get; init; }

    /// <summary>A select's values.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
