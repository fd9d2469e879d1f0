using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>
/// A test module (not a feature) that answers in every way a feature may: ephemeral text with markdown,
/// buttons that update their message, a modal, a file inside an embed, a deferral, autocomplete and a DM.
/// It lets the page be tested before, and apart from, the real features.
/// </summary>
[Group("probe", "Sandbox self-test")]
public sealed class ProbeModule(IDiscordRestClient rest) : InteractionModuleBase<InteractionContext>
{
    /// <summary>A 2×2 PNG, enough to prove an image arrives.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    /// <summary>Ephemeral text with markdown, a spoiler and a mention.</summary>
    [SlashCommand("echo", "Says it back, privately")]
    public Task EchoAsync([Summary("text", "What to say"), MaxLength(50)] string text, [Summary("times", "How often"), MinValue(1), MaxValue(3)] int times = 1) =>
        RespondAsync($"You said **{text}** x{times} to {Context.User.Mention} ||a secret||", ephemeral: true, allowedMentions: AllowedMentions.None);

    /// <summary>Public buttons.</summary>
    [SlashCommand("buttons", "Shows buttons")]
    public Task ButtonsAsync() =>
        RespondAsync("How is it going?", components: new ComponentBuilder()
            .WithButton("Good", "probe:rate:good", ButtonStyle.Success)
            .WithButton("Bad", "probe:rate:bad", ButtonStyle.Danger)
            .WithButton("Off", "probe:rate:off", ButtonStyle.Secondary, disabled: true)
            .Build());

    /// <summary>A message command (the [Group] does not prefix it): says which message it was used on, privately.</summary>
    [MessageCommand("Probe quote")]
    public Task QuoteAsync(Message message) =>
        RespondAsync($"That was {message?.Author.DisplayName}'s message of {message?.Content.Length} characters (id {message?.Id}).", ephemeral: true, allowedMentions: AllowedMentions.None);

    /// <summary>A button press updates its message.</summary>
    [ComponentInteraction("probe:rate:*")]
    public Task RateAsync(string how) =>
        UpdateAsync(m =>
        {
            m.Content = $"You picked {how}.";
            m.Components = MessageComponent.Empty;
        });

    /// <summary>A modal.</summary>
    [SlashCommand("form", "Opens a form")]
    public Task FormAsync() => RespondWithModalAsync<ProbeModal>("probe:form");

    /// <summary>The modal's answer.</summary>
    [ModalInteraction("probe:form")]
    public Task FormSubmittedAsync(ProbeModal modal) =>
        RespondAsync($"Thanks, {modal?.Name}.", ephemeral: true, allowedMentions: AllowedMentions.None);

    /// <summary>A file inside an embed.</summary>
    [SlashCommand("chart", "Shows a chart")]
    public Task ChartAsync() =>
        RespondWithFileAsync(new FileAttachment("chart.png", Png, "A tiny chart", "image/png"),
            embed: new EmbedBuilder().WithTitle("Your chart").WithDescription("Last 7 days").WithImageUrl("attachment://chart.png").WithFooter("Probe").Build(),
            ephemeral: true);

    /// <summary>A deferral, then a followup.</summary>
    [SlashCommand("slow", "Thinks first")]
    public async Task SlowAsync()
    {
        await DeferAsync(ephemeral: true);
        await FollowupAsync("Done thinking.", ephemeral: true);
    }

    /// <summary>Autocomplete.</summary>
    [SlashCommand("fruit", "Picks a fruit")]
    public Task FruitAsync([Summary("fruit", "A fruit"), Autocomplete(typeof(ProbeFruitAutocomplete))] string fruit) =>
        RespondAsync($"Fruit: {fruit}", ephemeral: true);

    /// <summary>A DM to the person.</summary>
    [SlashCommand("dm", "Sends you a DM")]
    public async Task DmAsync()
    {
        var dm = await rest.CreateDmAsync(Context.User.Id);
        await rest.CreateMessageAsync(dm.Id, new CreateMessageRequest
        {
            Content = "Hello from your DMs.",
            Components = [.. new ComponentBuilder().WithButton("Thanks", "probe:rate:thanks", ButtonStyle.Primary).Build().Components],
        });
        await RespondAsync("Check your DMs.", ephemeral: true);
    }
}
