using PainPalBot.Discord.Builders;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Interactions.Sample;

/// <summary>A test module (not a feature) that uses every attribute the framework offers.</summary>
public sealed class SampleModule(SampleRecorder recorder, ScopedMarker marker, SlowGate gate) : InteractionModuleBase<InteractionContext>
{
    /// <summary>The smallest command.</summary>
    [SlashCommand("ping", "Replies pong")]
    public async Task PingAsync()
    {
        recorder.Record("ping", marker.Id);
        await RespondAsync("pong", ephemeral: true);
    }

    /// <summary>Every option type.</summary>
    [SlashCommand("options", "Takes one option of every kind")]
    public async Task OptionsAsync(
        [Summary("text", "Some text"), MinLength(2), MaxLength(10)] string text,
        [Summary("score", "A score"), MinValue(0), MaxValue(10)] int score,
        [Summary("big", "A big integer")] long big,
        [Summary("ratio", "A number"), MinValue(0.5), MaxValue(2.5)] double ratio,
        [Summary("flag", "A boolean")] bool flag,
        [Summary("person", "A user")] User person,
        [Summary("member", "A member")] GuildMember member,
        [Summary("channel", "A channel")] Channel channel,
        [Summary("role", "A role")] Role role,
        [Summary("who", "A user or role")] Mentionable who,
        [Summary("file", "A file")] Attachment file,
        [Summary("mood", "How you feel")] Mood mood,
        [Summary("size", "A fixed choice"), Choice("Small", "s"), Choice("Large", "l")] string size,
        [Summary("level", "An integer choice"), Choice("One", 1), Choice("Two", 2)] int level,
        [Summary("note", "An optional note"), MaxLength(20)] string? note = null,
        [Summary("count", "An optional count")] int count = 3,
        [Summary("later", "An optional mood")] Mood later = Mood.Okay)
    {
        recorder.Record("options", text, score, big, ratio, flag, person, member, channel, role, who, file, mood, size, level, note, count, later);
        var resolvedMember = Context.GetResolvedMember(person.Id);
        await RespondAsync($"ok {resolvedMember is not null}", ephemeral: true, allowedMentions: AllowedMentions.None);
    }

    /// <summary>Autocomplete.</summary>
    [SlashCommand("find", "Finds fruit")]
    public async Task FindAsync([Summary("fruit", "A fruit"), Autocomplete(typeof(FruitAutocomplete))] string fruit)
    {
        recorder.Record("find", fruit);
        await RespondAsync("found", ephemeral: true);
    }

    /// <summary>Moderators only, guild only.</summary>
    [SlashCommand("admin", "Moderator settings")]
    [DefaultMemberPermissions(GuildPermission.ManageGuild)]
    [RequireUserPermission(GuildPermission.ManageGuild)]
    [EnabledInDm(false)]
    public async Task AdminAsync()
    {
        recorder.Record("admin");
        await RespondAsync("settings", ephemeral: true);
    }

    /// <summary>DMs only.</summary>
    [SlashCommand("private", "Only in DMs")]
    [CommandContextType(InteractionContextType.BotDm, InteractionContextType.PrivateChannel)]
    [RequireContext(ContextType.DM)]
    public async Task PrivateAsync()
    {
        recorder.Record("private");
        await RespondAsync("just us", ephemeral: true);
    }

    /// <summary>A custom precondition.</summary>
    [SlashCommand("even", "Only even user ids")]
    [RequireEvenUserId]
    public async Task EvenAsync()
    {
        recorder.Record("even");
        await RespondAsync("even", ephemeral: true);
    }

    /// <summary>Throws.</summary>
    [SlashCommand("boom", "Always fails")]
    public Task BoomAsync([Summary("secret", "Never logged")] string secret)
    {
        recorder.Record("boom", secret);
        throw new InvalidOperationException("The sample handler failed on purpose.");
    }

    /// <summary>Slow, private: auto-deferred ephemerally.</summary>
    [SlashCommand("slow", "Takes its time")]
    [EphemeralDefer]
    public async Task SlowAsync()
    {
        await gate.WaitAsync();
        recorder.Record("slow");
        await RespondAsync("done slowly", ephemeral: true);
        await FollowupAsync("and one more thing", ephemeral: true);
    }

    /// <summary>Slow, auto-deferred publicly, but the answer is private.</summary>
    [SlashCommand("slowpublic", "Takes its time in public")]
    public async Task SlowPublicAsync()
    {
        await gate.WaitAsync();
        await RespondAsync("private after all", ephemeral: true);
    }

    /// <summary>Defers by itself, then answers, edits and follows up.</summary>
    [SlashCommand("explicit", "Defers by itself")]
    public async Task ExplicitAsync()
    {
        await DeferAsync(ephemeral: true);
        await RespondAsync("first");
        await ModifyOriginalResponseAsync(m => m.Content = "edited");
        await FollowupAsync("second", ephemeral: true);
    }

    /// <summary>Forgets to answer.</summary>
    [SlashCommand("silent", "Answers nothing")]
    public Task SilentAsync()
    {
        recorder.Record("silent");
        return Task.CompletedTask;
    }

    /// <summary>Shows a modal.</summary>
    [SlashCommand("form", "Opens a form")]
    public Task FormAsync() => RespondWithModalAsync<FeedbackModal>("feedback:7");

    /// <summary>Sends buttons and a select.</summary>
    [SlashCommand("buttons", "Shows buttons")]
    public async Task ButtonsAsync()
    {
        var components = new ComponentBuilder()
            .WithButton("Four", "sample:rate:2024-05-01:4", ButtonStyle.Primary)
            .WithButton("Docs", url: "https://example.org/docs")
            .WithSelectMenu(new SelectMenuBuilder().WithCustomId("sample:pick").WithMinValues(1).WithMaxValues(2)
                .AddOption("Red", "red").AddOption("Blue", "blue").AddOption("Green", "green"), row: 1)
            .Build();
        var embed = new EmbedBuilder().WithTitle("Rate your day").WithColor(Color.Blue).AddField("Day", "2024-05-01", inline: true).Build();
        await RespondAsync("Pick one", embed: embed, components: components, ephemeral: true);
    }

    /// <summary>Sends a PNG.</summary>
    [SlashCommand("chart", "Sends a chart")]
    public async Task ChartAsync()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var embed = new EmbedBuilder().WithTitle("Your chart").WithImageUrl("attachment://chart.png").Build();
        await RespondWithFileAsync(new FileAttachment("chart.png", png, "A chart", "image/png"), embed: embed, ephemeral: true);
    }

    /// <summary>A button with two wildcard captures.</summary>
    [ComponentInteraction("sample:rate:*:*")]
    public async Task RateAsync(string day, int score)
    {
        recorder.Record("rate", day, score);
        await UpdateAsync(m =>
        {
            m.Content = "Saved.";
            m.Components = MessageComponent.Empty;
        });
    }

    /// <summary>A slow button: auto-deferred as a silent update.</summary>
    [ComponentInteraction("sample:slow")]
    public async Task SlowClickAsync()
    {
        await gate.WaitAsync();
        await RespondAsync("later", ephemeral: true);
    }

    /// <summary>A select.</summary>
    [ComponentInteraction("sample:pick")]
    public async Task PickAsync(string[] values)
    {
        recorder.Record("pick", (object)values);
        await RespondAsync($"picked {values.Length}", ephemeral: true);
    }

    /// <summary>A modal submit with a capture.</summary>
    [ModalInteraction("feedback:*")]
    public async Task FeedbackAsync(ulong ticket, FeedbackModal modal)
    {
        ArgumentNullException.ThrowIfNull(modal);
        recorder.Record("feedback", ticket, modal.Headline, modal.Details);
        await RespondAsync("Thanks.", ephemeral: true);
    }
}
