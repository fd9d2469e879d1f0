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
    }
}
