using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.History;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.Reminders;
using PainPalBot.Modules.Tests.Support;
using Quartz;

namespace PainPalBot.Modules.Tests.Privacy;

public sealed class RegistrationTests : IDisposable
{
    private readonly TempLiteDb _db = new();

    [Fact]
    public async Task The_features_register_their_services_job_and_personal_data()
    {
        using var provider = Build([]);

        var sections = provider.GetRequiredService<PersonalDataService>().Sections;

        Assert.Equal(["check_ins", "dm_channels", "peg_check_ins", "prompt_deliveries", "reminders"], sections);
        Assert.IsType<ReminderTimeZones>(provider.GetRequiredService<IUserTimeZones>());
        Assert.NotNull(provider.GetRequiredService<CheckInService>());
        Assert.NotNull(provider.GetRequiredService<ReminderService>());
        Assert.NotNull(provider.GetRequiredService<HistoryService>());
        Assert.NotNull(provider.GetRequiredService<DmSender>());
        Assert.NotNull(provider.GetRequiredService<PromptDispatcher>());
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = await scheduler.GetJobDetail(DailyPromptJob.Key);
        Assert.Equal(typeof(DailyPromptJob), job!.JobType.Type);
        Assert.True(job.ConcurrentExecutionDisallowed);
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(DailyPromptJob.Key));
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsAssignableFrom<ISimpleTrigger>(trigger).RepeatInterval);
        await scheduler.Shutdown();
    }

    [Fact]
    public async Task The_poll_interval_and_catch_up_window_come_from_the_reminders_section()
    {
        using var provider = Build(new() { ["Reminders:PollInterval"] = "00:00:10", ["Reminders:CatchUpWindow"] = "01:00:00" });

        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(DailyPromptJob.Key));
        await scheduler.Shutdown();

        Assert.Equal(TimeSpan.FromSeconds(10), ((ISimpleTrigger)trigger).RepeatInterval);
        Assert.Equal(TimeSpan.FromHours(1), provider.GetRequiredService<IOptions<ReminderOptions>>().Value.CatchUpWindow);
    }

    [Theory]
    [InlineData("Reminders:BatchSize", "0", "Reminders:BatchSize")]
    [InlineData("Reminders:ResendWindow", "01:00:00", "Reminders:ResendWindow")]
    [InlineData("CheckIns:NoteMaxLength", "0", "CheckIns:NoteMaxLength")]
    public void A_bad_setting_is_named_when_options_are_validated(string key, string value, string named)
    {
        using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<ReminderOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<CheckInOptions>>().Value;
        });
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        var sink = new LogSink();
        services.AddSingleton(sink);
        services.AddSingleton(typeof(ILogger<>), typeof(CapturingLogger<>));
        services.AddSingleton<ILiteDatabase>(_db.Db);
        services.AddSingleton(Substitute.For<IDiscordRestClient>());
        services.AddCheckIns(config).AddReminders(config).AddHistory(config).AddPrivacy();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public void Dispose() => _db.Dispose();
}
