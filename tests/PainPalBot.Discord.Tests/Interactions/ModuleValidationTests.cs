using Microsoft.Extensions.DependencyInjection;
using PainPalBot.Discord.Interactions;
using PainPalBot.Discord.Rest;
using PainPalBot.Discord.Tests.Interactions.Sample;

namespace PainPalBot.Discord.Tests.Interactions;

public sealed class ModuleValidationTests
{
    public static TheoryData<Type, string> Invalid => new()
    {
        { typeof(InvalidModules.UppercaseName), "Command '/CheckIn' (UppercaseName.RunAsync): name 'CheckIn' must be lowercase." },
        { typeof(InvalidModules.SpaceInName), "Command '/check in' (SpaceInName.RunAsync): name 'check in' must be 1–32 letters, digits, '-', '_' or apostrophes, without spaces." },
        { typeof(InvalidModules.LongDescription), "Command '/long' (LongDescription.RunAsync): the description must be 1–100 characters (has 101)." },
        { typeof(InvalidModules.EmptyDescription), "Command '/empty' (EmptyDescription.RunAsync): the description must be 1–100 characters (has 0)." },
        { typeof(InvalidModules.TooManyOptions), "Command '/many' (TooManyOptions.RunAsync): at most 25 options (has 26)." },
        { typeof(InvalidModules.BadOptionName), "Command '/option' (BadOptionName.RunAsync): option name 'Pain Level' must be 1–32 letters, digits, '-', '_' or apostrophes, without spaces." },
        { typeof(InvalidModules.ChoicesAndAutocomplete), "Command '/both' (ChoicesAndAutocomplete.RunAsync): option 'x' cannot have both choices and autocomplete." },
        { typeof(InvalidModules.CaptureMismatch), "Component handler 'x:*:*' (CaptureMismatch.RunAsync): 2 wildcard(s) but 1 capture parameter(s)." },
        { typeof(InvalidModules.Duplicate), "Command '/ping' (Duplicate.RunAsync): a command with this name already exists." },
        { typeof(InvalidModules.LongMessageCommandName), "Message command 'Ask the moderators to check in now' (LongMessageCommandName.RunAsync): name 'Ask the moderators to check in now' must be 1–32 characters (has 34)." },
        { typeof(InvalidModules.PaddedMessageCommandName), "Message command ' Ask mods' (PaddedMessageCommandName.RunAsync): name ' Ask mods' must not start or end with a space." },
        { typeof(InvalidModules.MessageCommandWithOptions), "Message command 'Ask mods' (MessageCommandWithOptions.RunAsync): a message command takes exactly one parameter, the Message it was used on." },
        { typeof(InvalidModules.MessageCommandTakingUser), "Message command 'Ask mods' (MessageCommandTakingUser.RunAsync): a message command takes exactly one parameter, the Message it was used on." },
        { typeof(InvalidModules.UserCommandTakingMessage), "User command 'Wave' (UserCommandTakingMessage.RunAsync): a user command takes exactly one parameter, the User or GuildMember it was used on." },
        { typeof(InvalidModules.DuplicateMessageCommand), "Message command 'Bookmark this' (DuplicateMessageCommand.RunAsync): another message command has this name." },
        { typeof(InvalidModules.SlashAndMessageCommand), "SlashAndMessageCommand.RunAsync: a method is one command: a slash, a user or a message command." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_module_breaking_discords_rules_stops_the_start_with_one_clear_message(Type module, string expected)
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        var error = Assert.Throws<InvalidOperationException>(() => bot.Interactions.AddModule(module));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task A_bad_module_registered_in_di_fails_when_the_service_is_created()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDiscordRestClient>(NSubstitute.Substitute.For<IDiscordRestClient>());
        services.AddInteractionFramework();
        services.AddInteractionModule<InvalidModules.UppercaseName>();
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<InteractionService>());
        Assert.Contains("/CheckIn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_modules_are_collected_from_di()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        await using var bot = InteractionTestBot.Start(discord);

        Assert.Contains(typeof(SampleModule), bot.Interactions.Modules);
        Assert.Contains(typeof(RemindersModule), bot.Interactions.Modules);
        Assert.Contains(bot.Interactions.Commands, c => c.Name == "reminders quiet on" && c.Kind == CommandKind.SlashCommand);
        Assert.Contains(bot.Interactions.Commands, c => c.Name == "sample:rate:*:*" && c.Kind == CommandKind.Component);
        Assert.Contains(bot.Interactions.Commands, c => c.Name == "feedback:*" && c.Kind == CommandKind.Modal);
        Assert.Contains(bot.Interactions.Commands, c => c.Name == "Bookmark this" && c.Kind == CommandKind.MessageCommand);
        Assert.Contains(bot.Interactions.Commands, c => c.Name == "View Stats" && c.Kind == CommandKind.UserCommand);
    }

    [Fact]
    public async Task A_sixteenth_message_command_is_refused_as_discord_allows_fifteen()
    {
        await using var discord = await FakeDiscord.FakeDiscord.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDiscordRestClient>(NSubstitute.Substitute.For<IDiscordRestClient>());
        services.AddInteractionFramework();
        services.AddInteractionModule<InvalidModules.SixteenMessageCommands>();
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<InteractionService>());

        Assert.StartsWith("Message command 'M", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("): Discord allows at most 15 message commands.", error.Message, StringComparison.Ordinal);
    }
}
