using System.Globalization;
using PainPalBot.Discord.Models;

namespace PainPalBot.FakeDiscord;

/// <summary>
/// What the bot answered to one interaction FakeDiscord sent: the callback (type, content, embeds,
/// components, flags, files, autocomplete choices, modal), plus the original message and followups as
/// they are now, and ways to wait for the message that replaces a deferral.
/// </summary>
public sealed class InteractionReply
{
    private readonly FakeDiscord _discord;

    internal InteractionReply(FakeDiscord discord, Interaction interaction, InteractionCallback callback, Task delivery)
    {
        _discord = discord;
        Interaction = interaction;
        Callback = callback;
        Delivery = delivery;
    }

    /// <summary>The interaction as delivered.</summary>
    public Interaction Interaction { get; }

    /// <summary>The callback request, parsed.</summary>
    public InteractionCallback Callback { get; }

    /// <summary>
    /// The delivery: with <see cref="FakeDiscord.InteractionSink"/> set, the bot's handling of the interaction
    /// (await it to know the handler finished); with gateway delivery, only the dispatch.
    /// </summary>
    public Task Delivery { get; }

    /// <summary>The callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal).</summary>
    public InteractionResponseType Type => Callback.Response.Type;

    /// <summary>The callback data.</summary>
    public InteractionCallbackData? Data => Callback.Response.Data;

    /// <summary>Whether the bot deferred (type 5 or 6).</summary>
    public bool IsDeferred => Type is InteractionResponseType.DeferredChannelMessageWithSource or InteractionResponseType.DeferredUpdateMessage;

    /// <summary>The callback's text.</summary>
    public string? Content => Data?.Content;

    /// <summary>The callback's embeds.</summary>
    public IReadOnlyList<Embed> Embeds => Data?.Embeds ?? [];

    /// <summary>The callback's component rows.</summary>
    public IReadOnlyList<Component> Components => Data?.Components ?? [];

    /// <summary>The callback's flags.</summary>
    public int Flags => Data?.Flags ?? 0;

    /// <summary>Whether the callback was private to the invoker.</summary>
    public bool IsEphemeral => (Flags & (int)MessageFlags.Ephemeral) != 0;

    /// <summary>Files uploaded with the callback.</summary>
    public IReadOnlyList<RecordedPart> Files => Callback.Files;

    /// <summary>Autocomplete suggestions (type 8).</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice> Choices => Data?.Choices ?? [];

    /// <summary>The custom id of a modal the bot showed (type 9).</summary>
    public string? ModalCustomId => Type == InteractionResponseType.Modal ? Data?.CustomId : null;

    /// <summary>The original response message as it is now (after edits), or null.</summary>
    public Message? Original => _discord.OriginalResponseFor(Interaction.Token);

    /// <summary>The followups sent so far, oldest first.</summary>
    public IReadOnlyList<Message> Followups => _discord.FollowupsFor(Interaction.Token);

    /// <summary>Every custom id in the callback's components (buttons, selects), in order.</summary>
    public IReadOnlyList<string> CustomIds => [.. FakeDiscord.AllComponents(Components).Select(c => c.CustomId).OfType<string>()];

    /// <summary>
    /// The message the user ends up seeing: for a message callback, the original; after a deferral, waits for
    /// the edit of the original or the first followup and returns it.
    /// </summary>
    public async Task<Message> WaitForMessageAsync(TimeSpan? timeout = null, CancellationToken ct = default)
    {
        if (Type is InteractionResponseType.ChannelMessageWithSource or InteractionResponseType.UpdateMessage)
            return Original ?? new Message { Content = Content ?? "", Embeds = [.. Embeds], Components = [.. Components], Flags = Data?.Flags };
        var token = Interaction.Token;
        var original = string.Create(CultureInfo.InvariantCulture, $"/webhooks/{Interaction.ApplicationId}/{token}/messages/@original");
        var followup = string.Create(CultureInfo.InvariantCulture, $"/webhooks/{Interaction.ApplicationId}/{token}");
        var request = await _discord.WaitForRequestAsync(
            r => r.StatusCode < 300 && ((r.Method == "PATCH" && r.Path == original) || (r.Method == "POST" && r.Path == followup)),
            timeout, ct);
        if (request.Method == "PATCH")
            return Original ?? throw new InvalidOperationException("The original response was edited and then deleted.");
        var sent = request.ReadJson(DiscordJsonContext.Default.WebhookMessageRequest);
        return Followups.FirstOrDefault(m => m.Content == (sent?.Content ?? "")) ?? Followups[0];
    }

    /// <summary>The text the user ends up seeing (see <see cref="WaitForMessageAsync"/>).</summary>
    public async Task<string> WaitForContentAsync(TimeSpan? timeout = null, CancellationToken ct = default) =>
        (await WaitForMessageAsync(timeout, ct)).Content;

    /// <inheritdoc />
    public override string ToString() => $"{Type}{(IsEphemeral ? " (ephemeral)" : "")}: {Content}";
}
