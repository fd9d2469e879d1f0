using System.Diagnostics.CodeAnalysis;
using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Interactions;

/// <summary>
/// The base of every interaction module. A module is created per interaction from the interaction's DI
/// scope, so it may take scoped and singleton services in its constructor. Keep it thin: parse, call a
/// service, respond.
/// </summary>
/// <typeparam name="TContext">The context type; use <see cref="InteractionContext"/>.</typeparam>
public abstract class InteractionModuleBase<TContext> : IInteractionModuleBase
    where TContext : class, IInteractionContext
{
    /// <summary>The interaction being handled.</summary>
    public TContext Context { get; private set; } = null!;

    void IInteractionModuleBase.SetContext(IInteractionContext context) => Context = (TContext)context;

    /// <summary>Answers with a message; after a deferral it replaces "thinking…" (or follows up), so it is always safe to call.</summary>
    protected virtual Task RespondAsync(string? text = null, Embed[]? embeds = null, bool ephemeral = false, AllowedMentions? allowedMentions = null, MessageComponent? components = null, Embed? embed = null, CancellationToken ct = default) =>
        Context.Responder.RespondAsync(text, embeds, ephemeral, allowedMentions, components, embed, null, ct);

    /// <summary>Answers with a message carrying files (e.g. a PNG chart referenced as <c>attachment://chart.png</c> in an embed).</summary>
    protected virtual Task RespondWithFilesAsync(IReadOnlyList<FileAttachment> attachments, string? text = null, Embed[]? embeds = null, bool ephemeral = false, AllowedMentions? allowedMentions = null, MessageComponent? components = null, Embed? embed = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        return Context.Responder.RespondAsync(text, embeds, ephemeral, allowedMentions, components, embed, attachments, ct);
    }

    /// <summary>Answers with a message carrying one file.</summary>
    protected virtual Task RespondWithFileAsync(FileAttachment attachment, string? text = null, Embed[]? embeds = null, bool ephemeral = false, AllowedMentions? allowedMentions = null, MessageComponent? components = null, Embed? embed = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return Context.Responder.RespondAsync(text, embeds, ephemeral, allowedMentions, components, embed, [attachment], ct);
    }

    /// <summary>Shows "thinking…"; the next <see cref="RespondAsync"/> replaces it. Ephemeral keeps both private.</summary>
    protected virtual Task DeferAsync(bool ephemeral = false, CancellationToken ct = default) =>
        Context.Responder.DeferAsync(ephemeral, ct);

    /// <summary>Acknowledges a button or select without changing its message yet (callback type 6).</summary>
    protected virtual Task DeferUpdateAsync(CancellationToken ct = default) =>
        Context.Responder.DeferUpdateAsync(ct);

    /// <summary>Sends a followup message; returns it, or null when it went out as the first answer.</summary>
    protected virtual Task<Message?> FollowupAsync(string? text = null, Embed[]? embeds = null, bool ephemeral = false, AllowedMentions? allowedMentions = null, MessageComponent? components = null, Embed? embed = null, CancellationToken ct = default) =>
        Context.Responder.FollowupAsync(text, embeds, ephemeral, allowedMentions, components, embed, null, ct);

    /// <summary>Sends a followup message carrying files.</summary>
    protected virtual Task<Message?> FollowupWithFilesAsync(IReadOnlyList<FileAttachment> attachments, string? text = null, Embed[]? embeds = null, bool ephemeral = false, AllowedMentions? allowedMentions = null, MessageComponent? components = null, Embed? embed = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        return Context.Responder.FollowupAsync(text, embeds, ephemeral, allowedMentions, components, embed, attachments, ct);
    }

    /// <summary>Edits the original response.</summary>
    protected virtual Task<Message?> ModifyOriginalResponseAsync(Action<MessageProperties> func, CancellationToken ct = default) =>
        Context.Responder.ModifyOriginalResponseAsync(func, ct);

    /// <summary>Deletes the original response.</summary>
    protected virtual Task DeleteOriginalResponseAsync(CancellationToken ct = default) =>
        Context.Responder.DeleteOriginalResponseAsync(ct);

    /// <summary>Edits the message the clicked component is on (callback type 7).</summary>
    protected virtual Task UpdateAsync(Action<MessageProperties> func, CancellationToken ct = default) =>
        Context.Responder.UpdateAsync(func, ct);

    /// <summary>Shows the modal described by <typeparamref name="TModal"/>; pre-filled from <paramref name="modal"/> when given.</summary>
    protected virtual Task RespondWithModalAsync<[DynamicallyAccessedMembers(ModalInfo.Members)] TModal>(string customId, TModal? modal = null, Action<ModalBuilder>? modifyModal = null, CancellationToken ct = default)
        where TModal : class, IModal
    {
        var builder = ModalInfo.For(typeof(TModal)).ToBuilder(customId, modal);
        modifyModal?.Invoke(builder);
        return Context.Responder.RespondWithModalAsync(builder.Build(), ct);
    }

    /// <summary>Shows a modal built by hand.</summary>
    protected virtual Task RespondWithModalAsync(Modal modal, CancellationToken ct = default) =>
        Context.Responder.RespondWithModalAsync(modal, ct);
}
