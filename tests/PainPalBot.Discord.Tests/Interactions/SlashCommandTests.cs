using System.Text.Json;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Tests.Interactions.Sample;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class SlashCommandTests
{
    private static readonly User Person = new() { Id = 501, Username = "sam" };
    private static readonly GuildMember Member = new() { User = new User { Id = 502, Username = "kim" }, Nick = "Kim", Roles = [9] };
    private static readonly Channel Channel = new() { Id = 601, Type = 0, Name = "support" };
    private static readonly Role Role = new() { Id = 701, Name = "mods" };
    private static readonly Attachment File = new() { Id = 801, Filename = "notes.txt", Size = 12 };

    private static (string, object?)[] AllOptions(params (string Name, object? Value)[] overrides)
    {
        var options = new List<(string Name, object? Value)>
        {
            ("text", "hello"), ("score", 4), ("big", 5_000_000_000L), ("ratio", 1.5), ("flag", true),
            ("person", Person), ("member", Member), ("channel", Channel), ("role", Role),
            ("who", new Mentionable(Role.Id, null, Role)), ("file", File), ("mood", "Good"), ("size", "l"), ("level", 2),
        };
        foreach (var (name, value) in overrides)
        {
            options.RemoveAll(o => o.Name == name);
            options.Add((name, value));
        }
        return [.. options];
    }

    [Fact]
    public async Task A_trivial_command_is_answered_privately()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("ping", userId: 42);

        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, reply.Type);
        Assert.Equal("pong", reply.Content);
        Assert.True(reply.IsEphemeral);
    }

    [Fact]
    public async Task Every_option_type_is_bound()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("options", 42, AllOptions());

        Assert.Equal("ok True", reply.Content);
        var values = bot.Recorder.Single("options");
        Assert.Equal("hello", values[0]);
        Assert.Equal(4, values[1]);
        Assert.Equal(5_000_000_000L, values[2]);
        Assert.Equal(1.5, values[3]);
        Assert.Equal(true, values[4]);
        Assert.Equal(Person, values[5]);
        var member = Assert.IsType<GuildMember>(values[6]);
        Assert.Equal(502UL, member.User!.Id);
        Assert.Equal("Kim", member.Nick);
        Assert.Equal(Channel.Id, Assert.IsType<Channel>(values[7]).Id);
        Assert.Equal(Role.Id, Assert.IsType<Role>(values[8]).Id);
        Assert.Equal(Role.Id, Assert.IsType<Mentionable>(values[9]).Role!.Id);
        Assert.Equal("notes.txt", Assert.IsType<Attachment>(values[10]).Filename);
        Assert.Equal(Mood.Good, values[11]);
        Assert.Equal("l", values[12]);
        Assert.Equal(2, values[13]);
        // Optional parameters take their defaults.
        Assert.Null(values[14]);
        Assert.Equal(3, values[15]);
        Assert.Equal(Mood.Okay, values[16]);
    }

    [Fact]
    public async Task Optional_options_are_bound_when_given()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        await discord.SlashAsync("options", 42, AllOptions(("note", "hi"), ("count", 9), ("later", Mood.Low)));

        var values = bot.Recorder.Single("options");
        Assert.Equal("hi", values[14]);
        Assert.Equal(9, values[15]);
        Assert.Equal(Mood.Low, values[16]);
    }

    [Theory]
    [InlineData("score", 11, "That value is out of range: score must be 0–10. Nothing was saved.")]
    [InlineData("score", -1, "That value is out of range: score must be 0–10. Nothing was saved.")]
    [InlineData("ratio", 3.0, "That value is out of range: ratio must be 0.5–2.5. Nothing was saved.")]
    [InlineData("text", "x", "That text is too short: text needs at least 2 characters. Nothing was saved.")]
    [InlineData("text", "much too long text", "That text is too long: text can be at most 10 characters. Nothing was saved.")]
    [InlineData("size", "medium", "That isn't one of the choices for size. Nothing was saved.")]
    [InlineData("level", 3, "That isn't one of the choices for level. Nothing was saved.")]
    [InlineData("mood", "Ecstatic", "That isn't one of the choices for mood. Nothing was saved.")]
    [InlineData("score", "four", "That value isn't valid for score. Nothing was saved.")]
    [InlineData("flag", null, "flag is required. Nothing was saved.")]
    public async Task Forged_or_stale_values_are_refused_with_a_clear_private_message(string option, object? value, string expected)
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("options", 42, AllOptions((option, value)));

        Assert.Equal(expected, reply.Content);
        Assert.True(reply.IsEphemeral);
        Assert.DoesNotContain(bot.Recorder.Calls, c => c.Handler == "options");
        var entry = Assert.Single(bot.Logs.Entries, e => e.Message.Contains("refused", StringComparison.Ordinal));
        Assert.Equal(reply.Interaction.Id, entry.Property("InteractionId"));
    }

    [Fact]
    public async Task An_unresolved_user_is_refused()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var raw = JsonSerializer.SerializeToElement("999", DiscordJsonContext.Default.String);
        var interaction = discord.BuildSlashInteraction("options", discord.InteractionUser(42), AllOptions());
        var data = interaction.Data!;
        var options = data.Options!.Select(o => o.Name == "person" ? o with { Value = raw } : o).ToArray();

        var result = await bot.Interactions.ExecuteAsync(interaction with { Data = data with { Options = options } });

        Assert.Equal(InteractionCommandError.BadArgs, result.Error);
        var callback = await discord.WaitForInteractionCallbackAsync(interaction.Id);
        Assert.Equal("Discord didn't send the details of person; please try again. Nothing was saved.", callback.Response.Data!.Content);
    }

    [Fact]
    public async Task Subcommands_and_subcommand_groups_are_routed()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var set = await discord.SlashAsync("reminders set", 42, ("hour", 9));
        var quiet = await discord.SlashAsync("reminders quiet on", 42);

        Assert.Equal("Reminder at 9:00", set.Content);
        Assert.Equal("Quiet hours on", quiet.Content);
        Assert.Equal([9], bot.Recorder.Single("reminders set"));
        Assert.Equal([22], bot.Recorder.Single("reminders quiet on"));
    }

    [Fact]
    public async Task Autocomplete_returns_at_most_25_suggestions()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var apples = await discord.AutocompleteAsync("find", "fruit", "app");
        var cherry = await discord.AutocompleteAsync("find", "fruit", "ch");

        Assert.Equal(InteractionResponseType.ApplicationCommandAutocompleteResult, apples.Type);
        Assert.Equal(25, apples.Choices.Count);
        Assert.Equal("apple 1", apples.Choices[0].Name);
        var only = Assert.Single(cherry.Choices);
        Assert.Equal("cherry", only.Value.GetString());
        Assert.Empty(bot.Recorder.Calls);
    }

    [Fact]
    public async Task Files_are_uploaded_with_the_response()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var reply = await discord.SlashAsync("chart");

        var file = Assert.Single(reply.Files);
        Assert.Equal("chart.png", file.FileName);
        Assert.Equal(0x89, file.Content[0]);
        Assert.Equal("attachment://chart.png", Assert.Single(reply.Embeds).Image!.Url);
        Assert.Equal("chart.png", Assert.Single(reply.Data!.Attachments!).Filename);
    }

    [Fact]
    public async Task Each_interaction_gets_its_own_scope()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        await discord.SlashAsync("ping");
        await discord.SlashAsync("ping");

        var ids = bot.Recorder.Calls.Where(c => c.Handler == "ping").Select(c => c.Values[0]).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_context_describes_the_invoker()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);
        var interaction = discord.BuildSlashInteraction("ping", discord.InteractionUser(42) with { Permissions = GuildPermission.ManageMessages, Roles = [5], Locale = "de" });
        var context = new InteractionContext(interaction, new InteractionResponder((PainPalBot.Discord.Rest.IDiscordRestClient)bot.Services.GetService(typeof(PainPalBot.Discord.Rest.IDiscordRestClient))!, interaction));

        Assert.Equal(42UL, context.User.Id);
        Assert.Equal(discord.Options.GuildId, context.GuildId);
        Assert.Equal(FakeDiscord.FakeDiscord.DefaultChannelId, context.ChannelId);
        Assert.Equal("de", context.Locale);
        Assert.Equal([5UL], context.Member!.Roles);
        Assert.True(context.HasPermission(GuildPermission.ManageMessages));
        Assert.False(context.HasPermission(GuildPermission.ManageGuild));
    }
}
