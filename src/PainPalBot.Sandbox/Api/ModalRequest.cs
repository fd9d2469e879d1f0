namespace PainPalBot.Sandbox.Api;

/// <summary>Submit a modal (<c>POST /sandbox/api/modal</c>).</summary>
public sealed record ModalRequest
{
    /// <summary>Who submits.</summary>
    public string UserId { get; init; } = "";

    /// <summary>Where the modal was opened.</summary>
    public string ChannelId { get; init; } = "";

    /// <summary>The modal's <c>custom_id</c>.</summary>
    public string CustomId { get; init; } = "";

    /// <summary>The message whose button opened it, if any.</summary>
    public string? MessageId { get; init; }

    /// <summary>What was entered, per input.</summary>
    public IReadOnlyList<ModalField> Fields { get; init; } = [];
}
