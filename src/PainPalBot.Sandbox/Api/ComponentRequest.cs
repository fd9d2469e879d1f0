namespace PainPalBot.Sandbox.Api;

/// <summary>Click a button or pick in a select on a message (<c>POST /sandbox/api/component</c>).</summary>
public sealed record ComponentRequest
{
    /// <summary>Who clicks.</summary>
    public string UserId { get; init; } = "";

    /// <summary>The message the component is on.</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The component's <c>custom_id</c>.</summary>
    public string CustomId { get; init; } = "";

    /// <summary>Discord's component type (2 button, 3 string select, 5–8 other selects).</summary>
    public int ComponentType { get; init; }

    /// <summary>The picked values, for a select.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
