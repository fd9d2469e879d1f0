using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PainPalBot.Discord.Models;
using PainPalBot.FakeDiscord;
using PainPalBot.Sandbox.Api;

namespace PainPalBot.Sandbox;

// The bot's side: every REST request it makes is read in order, and what it changed (a reply, a followup,
// an edit, a DM, a modal, new commands) becomes a page update.
public sealed partial class SandboxWorld
{
    private readonly Dictionary<ulong, (byte[] Content, string ContentType)> _files = [];
    private readonly HashSet<ulong> _deferred = [];
    private readonly Dictionary<ulong, SandboxInteraction> _messageInteractions = [];

    /// <summary>Reads the bot's REST requests until <paramref name="ct"/> ends.</summary>
    internal async Task ObserveRestAsync(CancellationToken ct)
    {
        var requests = System.Threading.Channels.Channel.CreateUnbounded<RecordedRequest>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
        // FakeDiscord calls a waiter's test for each request as it is recorded; this one never matches and
        // so sees them all, in order. It runs under FakeDiscord's lock, so it only queues.
        var watch = _discord.WaitForRequestAsync(r =>
        {
            requests.Writer.TryWrite(r);
            return false;
        }, Timeout.InfiniteTimeSpan, ct);
        _ = watch.ContinueWith(_ => requests.Writer.TryComplete(), TaskScheduler.Default);

        await foreach (var request in requests.Reader.ReadAllAsync(ct))
        {
            try
            {
                Observe(request);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                SandboxLog.ObserveFailed(_logger, request.Method, request.Route ?? request.Path, e);
            }
        }
    }

    private void Observe(RecordedRequest request)
    {
        if (request.StatusCode >= 300 || request.Route is null)
            return;
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        lock (_lock)
        {
            switch (request.Route)
            {
                case "PUT /applications/{application_id}/commands":
                case "PUT /applications/{application_id}/guilds/{guild_id}/commands":
                    _events.Publish("commands", CommandsJson().GetRawText());
                    return;

                case "POST /interactions/{interaction_id}/{interaction_token}/callback":
                    OnCallback(segments[2], request);
                    break;

                case "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original":
                    if (_discord.OriginalResponseFor(segments[2]) is { } original)
                    {
                        _deferred.Remove(original.Id);
                        if (_messages.TryGetValue(original.Id, out var replaced))
                            replaced.Hidden = false;
                        Redraw(original.Id);
                    }
                    break;

                case "POST /webhooks/{application_id}/{interaction_token}":
                    OnFollowup(segments[2]);
                    break;

                case "POST /channels/{channel_id}/messages":
                case "PATCH /channels/{channel_id}/messages/{message_id}":
                case "DELETE /channels/{channel_id}/messages/{message_id}":
                    if (TryId(segments[1], out var channelId))
                        _knownChannels.Add(channelId);
                    break;

                default:
                    break;
            }

            Sync(request);
        }
    }

    private void OnCallback(string token, RecordedRequest request)
    {
        var response = request.ReadJson(DiscordJsonContext.Default.InteractionResponse);
        var interaction = Interaction(token);
        if (response is null || interaction is null)
            return;
        switch (response.Type)
        {
            case InteractionResponseType.ChannelMessageWithSource:
            case InteractionResponseType.DeferredChannelMessageWithSource:
                if (_discord.OriginalResponseFor(token) is { } original)
                {
                    _messageInteractions[original.Id] = interaction;
                    if (response.Type == InteractionResponseType.DeferredChannelMessageWithSource)
                        _deferred.Add(original.Id);
                    Redraw(original.Id);
                }
                break;

            case InteractionResponseType.UpdateMessage when interaction.MessageId is { } messageId && response.Data is { } data:
                UpdateFromComponent(messageId, data, request.Files);
                break;

            case InteractionResponseType.Modal when response.Data is { } modal:
                RememberModal(interaction.UserId, modal.CustomId ?? "", modal.Components ?? []);
                var node = new JsonObject
                {
                    ["custom_id"] = modal.CustomId ?? "",
                    ["title"] = modal.Title ?? "",
                    ["components"] = JsonNode.Parse(JsonSerializer.Serialize(modal.Components ?? [], DiscordJsonContext.Default.ComponentArray)),
                };
                using (var document = JsonDocument.Parse(node.ToJsonString()))
                {
                    Publish("modal", new SandboxModalEvent(Id(interaction.UserId), Id(interaction.ChannelId), interaction.MessageId is { } m ? Id(m) : null, document.RootElement.Clone()),
                        SandboxJsonContext.Default.SandboxModalEvent);
                }
                break;

            default:
                break;
        }
    }

    private void OnFollowup(string token)
    {
        var interaction = Interaction(token);
        if (interaction is null)
            return;
        foreach (var followup in _discord.FollowupsFor(token))
        {
            if (_messageInteractions.TryAdd(followup.Id, interaction))
                Redraw(followup.Id);
        }

        // On Discord the first followup after a deferral takes the place of "thinking…".
        if (_discord.OriginalResponseFor(token) is { } original && _deferred.Remove(original.Id)
            && _messages.TryGetValue(original.Id, out var stored) && !stored.Hidden)
        {
            stored.Hidden = true;
            Publish("delete", new SandboxDeleteEvent(stored.View.Id, stored.View.ChannelId), SandboxJsonContext.Default.SandboxDeleteEvent);
        }
    }

    /// <summary>Brings every known channel's messages up to date with FakeDiscord's, pushing what changed.</summary>
    private void Sync(RecordedRequest request)
    {
        var uploads = new Queue<RecordedPart>(request.Files);
        foreach (var channelId in _knownChannels)
        {
            var current = _discord.Messages(channelId);
            var present = new HashSet<ulong>();
            foreach (var message in current)
            {
                present.Add(message.Id);
                var json = JsonSerializer.Serialize(message, DiscordJsonContext.Default.Message);
                _messages.TryGetValue(message.Id, out var stored);
                var unchanged = stored?.FakeJson == json;
                if (unchanged && !stored!.Redraw)
                    continue;
                var view = ViewOf(message, stored, uploads);
                if (unchanged)
                    view = view with { Edited = stored!.View.Edited };
                if (stored is null)
                {
                    stored = new StoredMessage { View = view, Source = message, FakeJson = json };
                    _messages[message.Id] = stored;
                }
                else
                {
                    stored.View = view;
                    stored.Source = message;
                    stored.FakeJson = json;
                }
                // Its files come with a request not read yet: draw it again then, and show it once they can be served.
                stored.Redraw = message.Attachments.Any(a => !_files.ContainsKey(a.Id));
                if (!stored.Hidden && !stored.Redraw)
                    Publish("message", view, SandboxJsonContext.Default.SandboxMessageView);
            }

            foreach (var gone in _messages.Values.Where(m => m.FakeJson is not null && m.Source.ChannelId == channelId && !present.Contains(m.Source.Id)).ToList())
            {
                _messages.Remove(gone.Source.Id);
                if (!gone.Hidden)
                    Publish("delete", new SandboxDeleteEvent(gone.View.Id, gone.View.ChannelId), SandboxJsonContext.Default.SandboxDeleteEvent);
            }
        }
    }

    /// <summary>
    /// Has <see cref="Sync"/> draw a message again because what the sandbox knows about it changed (its
    /// interaction, "thinking…", hidden) while FakeDiscord's copy did not. Requests are read behind FakeDiscord,
    /// so the Sync of an earlier request may already have drawn a message a later request made: an
    /// interaction's reply before the callback that ties it to its command ("Sam used /reminders set") and to
    /// whom it is visible. A message not drawn yet needs nothing: Sync draws it with what is known by then.
    /// </summary>
    private void Redraw(ulong messageId)
    {
        if (_messages.TryGetValue(messageId, out var stored))
            stored.Redraw = true;
    }

    /// <summary>UPDATE_MESSAGE (callback 7): the clicked message changes in place.</summary>
    private void UpdateFromComponent(ulong messageId, InteractionCallbackData data, IReadOnlyList<RecordedPart> files)
    {
        if (!_messages.TryGetValue(messageId, out var stored))
            return;
        var attachments = stored.Source.Attachments;
        if (data.Attachments is { } references)
        {
            var uploads = new Queue<RecordedPart>(files);
            var kept = attachments.Where(a => references.Any(r => r.Id == a.Id));
            var added = new List<Attachment>();
            while (uploads.TryDequeue(out var file))
            {
                var id = NextId();
                var name = file.FileName ?? "file";
                _files[id] = (file.Content, file.ContentType ?? "application/octet-stream");
                added.Add(new Attachment { Id = id, Filename = name, ContentType = file.ContentType, Size = file.Content.Length });
            }
            attachments = [.. kept, .. added];
        }
        stored.Source = stored.Source with
        {
            Content = data.Content ?? stored.Source.Content,
            Embeds = data.Embeds ?? stored.Source.Embeds,
            Components = data.Components ?? stored.Source.Components,
            Attachments = attachments,
        };
        stored.View = ViewOf(stored.Source, stored, new Queue<RecordedPart>()) with { Edited = false };
        Publish("message", stored.View, SandboxJsonContext.Default.SandboxMessageView);
    }

    private SandboxMessageView ViewOf(Message message, StoredMessage? previous, Queue<RecordedPart> uploads)
    {
        var attachments = new List<SandboxAttachmentView>();
        foreach (var attachment in message.Attachments)
        {
            // New uploads arrive in the order of the request's files (FakeDiscord numbers them that way).
            if (!_files.ContainsKey(attachment.Id) && uploads.TryDequeue(out var file))
                _files[attachment.Id] = (file.Content, file.ContentType ?? attachment.ContentType ?? "application/octet-stream");
            attachments.Add(new SandboxAttachmentView(
                Id(attachment.Id),
                attachment.Filename,
                string.Create(CultureInfo.InvariantCulture, $"/sandbox/attachments/{attachment.Id}/{Uri.EscapeDataString(attachment.Filename)}"),
                attachment.Description,
                attachment.ContentType ?? (_files.TryGetValue(attachment.Id, out var stored) ? stored.ContentType : null)));
        }

        _messageInteractions.TryGetValue(message.Id, out var interaction);
        var ephemeral = ((message.Flags ?? 0) & (int)MessageFlags.Ephemeral) != 0;
        var isOriginal = interaction is not null && _discord.OriginalResponseFor(interaction.Token)?.Id == message.Id;
        var bot = message.Author.Id == _discord.BotUserId;
        return new SandboxMessageView
        {
            Id = Id(message.Id),
            ChannelId = Id(message.ChannelId),
            Author = new SandboxAuthorView(Id(message.Author.Id), bot ? _discord.Options.BotUsername : message.Author.DisplayName, bot),
            Content = message.Content,
            Embeds = JsonSerializer.SerializeToElement(message.Embeds, DiscordJsonContext.Default.EmbedArray),
            Components = JsonSerializer.SerializeToElement(message.Components, DiscordJsonContext.Default.ComponentArray),
            Attachments = attachments,
            Ephemeral = ephemeral,
            VisibleToUserId = ephemeral && interaction is not null ? Id(interaction.UserId) : null,
            Deferred = _deferred.Contains(message.Id),
            Edited = previous is not null && !previous.View.Deferred,
            Timestamp = previous?.View.Timestamp ?? _clock.GetUtcNow(),
            Interaction = isOriginal && interaction!.CommandName is { } name
                ? new SandboxInteractionView(name, Id(interaction.UserId), Person(interaction.UserId)?.Name ?? "someone", interaction.CommandType)
                : null,
            Order = previous?.View.Order ?? Interlocked.Increment(ref _nextOrder),
            Version = Interlocked.Increment(ref _nextVersion),
        };
    }
}
