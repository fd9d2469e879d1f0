using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Discord.Interactions;

/// <summary>
/// Answers one interaction, whatever state it is in. The first answer is the callback; after a deferral
/// the first message replaces the "thinking…" state (edit original) and later ones are followups, so
/// handlers can call <see cref="RespondAsync"/> without knowing whether the framework deferred for them.
/// Discord's 10062 (unknown interaction) and 40060 (already acknowledged) are logged, not thrown.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "SemaphoreSlim needs disposing only when its wait handle is used; it never is.")]
public sealed class InteractionResponder
{
    private enum ResponseState
    {
        None,
        Deferred,
        DeferredUpdate,
        Responded,
        Dead,
    }

    private readonly IDiscordRestClient _rest;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ResponseState _state;
    private bool _deferredEphemeral;
    private bool _originalReplaced;
    private bool _autoDeferEphemeral;
    private ITimer? _autoDeferTimer;
    private Task? _autoDeferTask;
    private CancellationToken _autoDeferCt;

    /// <summary>Creates the responder of one interaction.</summary>
    public InteractionResponder(IDiscordRestClient rest, Interaction interaction, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(rest);
        ArgumentNullException.ThrowIfNull(interaction);
        _rest = rest;
        Interaction = interaction;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The interaction being answered.</summary>
    public Interaction Interaction { get; }

    /// <summary>Whether the interaction has been answered or deferred.</summary>
    public bool HasResponded => _state != ResponseState.None;

    /// <summary>Whether the interaction was deferred (by the handler or the framework).</summary>
    public bool IsDeferred => _state is ResponseState.Deferred or ResponseState.DeferredUpdate;

    /// <summary>Whether the framework deferred on its own because the handler took too long.</summary>
    public bool WasAutoDeferred { get; private set; }

    /// <summary>Whether the answer was a modal (callback type 9), after which no followup can be sent.</summary>
    public bool ShowedModal { get; private set; }

    private bool IsOnMessage => Interaction.Type == InteractionType.MessageComponent
        || (Interaction.Type == InteractionType.ModalSubmit && Interaction.Message is not null);

    /// <summary>Sends a message: the callback if nothing was sent yet, else an edit of the deferred original or a followup.</summary>
    public Task RespondAsync(string? text = null, Embed[]? embeds = null, bool ephemeral = false, AllowedMentions? allowedMentions = null, MessageComponent? components = null, Embed? embed = null, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default) =>
        SendAsync(MessagePayload.Create(text, embeds, embed, ephemeral, allowedMentions, components, files), ct);

    /// <summary>Sends a followup message (or the first answer when nothing was sent); returns it, or null when it went out as the callback.</summary>
    public Task<Message?> FollowupAsync(string? text = null, Embed[]? embeds = null, bool ephemeral = false, AllowedMentions? allowedMentions = null, MessageComponent? components = null, Embed? embed = null, IReadOnlyList<FileAttachment>? files = null, CancellationToken ct = default) =>
        SendAsync(MessagePayload.Create(text, embeds, embed, ephemeral, allowedMentions, components, files), ct);

    /// <summary>Shows "thinking…" (callback type 5); ephemeral keeps it and the answer private. Does nothing once answered.</summary>
    public async Task DeferAsync(bool ephemeral = false, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_state == ResponseState.None)
                await DeferCoreAsync(InteractionResponseType.DeferredChannelMessageWithSource, ephemeral, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Acknowledges a component (or a modal sent from a message) without changing anything yet (callback type 6).</summary>
    public async Task DeferUpdateAsync(CancellationToken ct = default)
    {
        RequireOnMessage(nameof(DeferUpdateAsync));
        await _gate.WaitAsync(ct);
        try
        {
            if (_state == ResponseState.None)
                await DeferCoreAsync(InteractionResponseType.DeferredUpdateMessage, false, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Edits the message a component is on (callback type 7, or an edit when already deferred).</summary>
    public async Task UpdateAsync(Action<MessageProperties> func, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(func);
        RequireOnMessage(nameof(UpdateAsync));
        var properties = new MessageProperties();
        func(properties);
        var payload = MessagePayload.FromProperties(properties);
        await _gate.WaitAsync(ct);
        try
        {
            switch (_state)
            {
                case ResponseState.None:
                    var response = new InteractionResponse { Type = InteractionResponseType.UpdateMessage, Data = payload.ToCallbackData() };
                    if (await CallbackAsync(response, payload.FilesOrNull, ct))
                        _state = ResponseState.Responded;
                    break;
                case ResponseState.Dead:
                    break;
                default:
                    await EditOriginalCoreAsync(payload, ct);
                    break;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Edits the original response (or the component's message after a deferred update); null if Discord forgot the interaction.</summary>
    public async Task<Message?> ModifyOriginalResponseAsync(Action<MessageProperties> func, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(func);
        var properties = new MessageProperties();
        func(properties);
        var payload = MessagePayload.FromProperties(properties);
        await _gate.WaitAsync(ct);
        try
        {
            return _state switch
            {
                ResponseState.None => throw new InvalidOperationException("There is no original response to modify yet; respond or defer first."),
                ResponseState.Dead => null,
                _ => await EditOriginalCoreAsync(payload, ct),
            };
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes the original response.</summary>
    public async Task DeleteOriginalResponseAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_state is ResponseState.None or ResponseState.Dead)
                return;
            await GuardAsync(() => _rest.DeleteOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, ct));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Shows a modal (callback type 9); it must be the first answer, and not to a modal submit.</summary>
    public async Task RespondWithModalAsync(Modal modal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(modal);
        if (Interaction.Type == InteractionType.ModalSubmit)
            throw new InvalidOperationException("A modal submit cannot be answered with another modal.");
        await _gate.WaitAsync(ct);
        try
        {
            if (_state == ResponseState.Dead)
                return;
            if (_state != ResponseState.None)
                throw new InvalidOperationException("A modal must be the first answer to an interaction; this one was already answered or deferred.");
            if (await CallbackAsync(new InteractionResponse { Type = InteractionResponseType.Modal, Data = modal.ToCallbackData() }, null, ct))
            {
                _state = ResponseState.Responded;
                ShowedModal = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Answers an autocomplete request with up to 25 suggestions (callback type 8).</summary>
    public async Task RespondWithAutocompleteAsync(IEnumerable<AutocompleteResult> suggestions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var choices = suggestions.Take(25).Select(s => new ApplicationCommandOptionChoice { Name = Truncate(s.Name, 100), Value = OptionValues.ToJson(s.Value) }).ToArray();
        await _gate.WaitAsync(ct);
        try
        {
            if (_state != ResponseState.None)
                return;
            var response = new InteractionResponse { Type = InteractionResponseType.ApplicationCommandAutocompleteResult, Data = new InteractionCallbackData { Choices = choices } };
            if (await CallbackAsync(response, null, ct))
                _state = ResponseState.Responded;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal void StartAutoDefer(TimeProvider time, TimeSpan after, bool ephemeral, CancellationToken ct)
    {
        if (after <= TimeSpan.Zero || after == Timeout.InfiniteTimeSpan)
            return;
        _autoDeferEphemeral = ephemeral;
        _autoDeferCt = ct;
        _autoDeferTimer = time.CreateTimer(static state => ((InteractionResponder)state!).OnAutoDeferDue(), this, after, Timeout.InfiniteTimeSpan);
    }

    internal async Task StopAutoDeferAsync()
    {
        _autoDeferTimer?.Dispose();
        if (Volatile.Read(ref _autoDeferTask) is { } pending)
            await pending;
    }

    /// <summary>Makes sure the user sees something when the handler returned without answering.</summary>
    internal async Task<bool> CompleteAsync(string noResponseMessage, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            switch (_state)
            {
                case ResponseState.None when IsOnMessage:
                    await DeferCoreAsync(InteractionResponseType.DeferredUpdateMessage, false, ct);
                    return true;
                case ResponseState.None:
                    await SendCoreAsync(new MessagePayload(noResponseMessage, null, null, AllowedMentions.None, null, true), ct);
                    return true;
                case ResponseState.Deferred when !_originalReplaced:
                    await SendCoreAsync(new MessagePayload(noResponseMessage, null, null, AllowedMentions.None, null, true), ct);
                    return true;
                default:
                    return false;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Tells the user, privately, that something went wrong; never throws.</summary>
    internal async Task ReportErrorAsync(string message, CancellationToken ct)
    {
        try
        {
            await SendAsync(new MessagePayload(message, null, null, AllowedMentions.None, null, true), ct);
        }
#pragma warning disable CA1031 // The error path must not throw over the error it reports.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            InteractionLog.ErrorReplyFailed(_logger, ex, Interaction.Id);
        }
    }

    private void OnAutoDeferDue() => Volatile.Write(ref _autoDeferTask, AutoDeferAsync());

    private async Task AutoDeferAsync()
    {
        try
        {
            await _gate.WaitAsync(_autoDeferCt);
            try
            {
                if (_state != ResponseState.None)
                    return;
                var type = IsOnMessage ? InteractionResponseType.DeferredUpdateMessage : InteractionResponseType.DeferredChannelMessageWithSource;
                await DeferCoreAsync(type, _autoDeferEphemeral, _autoDeferCt);
                WasAutoDeferred = true;
                InteractionLog.AutoDeferred(_logger, Interaction.Id);
            }
            finally
            {
                _gate.Release();
            }
        }
#pragma warning disable CA1031 // A timer callback has no caller to throw to; the handler's own path reports failures.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            InteractionLog.ErrorReplyFailed(_logger, ex, Interaction.Id);
        }
    }

    private async Task<Message?> SendAsync(MessagePayload payload, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await SendCoreAsync(payload, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Message?> SendCoreAsync(MessagePayload payload, CancellationToken ct)
    {
        switch (_state)
        {
            case ResponseState.None:
                var response = new InteractionResponse { Type = InteractionResponseType.ChannelMessageWithSource, Data = payload.ToCallbackData() };
                if (await CallbackAsync(response, payload.FilesOrNull, ct))
                {
                    _state = ResponseState.Responded;
                    return null;
                }
                return _state == ResponseState.Dead ? null : await FollowupCoreAsync(payload, ct);
            case ResponseState.Deferred when !_originalReplaced:
                _originalReplaced = true;
                if (payload.Ephemeral && !_deferredEphemeral)
                {
                    // The deferral was public; editing it would show a private answer to the channel.
                    try
                    {
                        await GuardAsync(() => _rest.DeleteOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, ct));
                    }
                    catch (DiscordApiException ex)
                    {
                        InteractionLog.DeleteDeferredFailed(_logger, ex, Interaction.Id);
                    }
                    return await FollowupCoreAsync(payload, ct);
                }
                return await EditOriginalCoreAsync(payload, ct);
            case ResponseState.Dead:
                return null;
            default:
                return await FollowupCoreAsync(payload, ct);
        }
    }

    private async Task DeferCoreAsync(InteractionResponseType type, bool ephemeral, CancellationToken ct)
    {
        var response = new InteractionResponse
        {
            Type = type,
            Data = ephemeral && type == InteractionResponseType.DeferredChannelMessageWithSource ? new InteractionCallbackData { Flags = (int)MessageFlags.Ephemeral } : null,
        };
        if (await CallbackAsync(response, null, ct))
        {
            _state = type == InteractionResponseType.DeferredUpdateMessage ? ResponseState.DeferredUpdate : ResponseState.Deferred;
            _deferredEphemeral = ephemeral;
        }
    }

    /// <summary>Sends the callback; false (state set) when Discord refused it as unknown or already acknowledged.</summary>
    private async Task<bool> CallbackAsync(InteractionResponse response, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        try
        {
            await _rest.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, response, files, ct);
            return true;
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.UnknownInteraction)
        {
            InteractionLog.UnknownInteraction(_logger, Interaction.Id);
            _state = ResponseState.Dead;
            return false;
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.InteractionAlreadyAcknowledged)
        {
            InteractionLog.AlreadyAcknowledged(_logger, Interaction.Id);
            _state = ResponseState.Responded;
            return false;
        }
    }

    private async Task<Message?> EditOriginalCoreAsync(MessagePayload payload, CancellationToken ct)
    {
        if (_state == ResponseState.Deferred)
            _originalReplaced = true;
        return await GuardAsync(() => _rest.EditOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, payload.ToWebhookRequest(), payload.FilesOrNull, ct));
    }

    private Task<Message?> FollowupCoreAsync(MessagePayload payload, CancellationToken ct) =>
        GuardAsync(() => _rest.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, payload.ToWebhookRequest(), payload.FilesOrNull, ct));

    private async Task<Message?> GuardAsync(Func<Task<Message>> call)
    {
        try
        {
            return await call();
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.UnknownInteraction)
        {
            InteractionLog.UnknownInteraction(_logger, Interaction.Id);
            _state = ResponseState.Dead;
            return null;
        }
    }

    private async Task GuardAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.UnknownInteraction)
        {
            InteractionLog.UnknownInteraction(_logger, Interaction.Id);
            _state = ResponseState.Dead;
        }
    }

    private void RequireOnMessage(string method)
    {
        if (!IsOnMessage)
            throw new InvalidOperationException($"{method} is only for component interactions (or modals sent from a message).");
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
