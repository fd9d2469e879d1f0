using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PainPalBot.Discord.Interactions;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Privacy;
using Quartz;

namespace PainPalBot.Modules.Reminders;

/// <summary>Registration of daily prompts and the weekly summary.</summary>
public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Registers reminder options (section <c>Reminders</c>), store, service, time zones, the DM sender,
    /// the <see cref="DailyPromptJob"/> on a repeating Quartz trigger, and personal data. Call
    /// <c>AddCheckIns</c> too (the job skips people who already checked in); the host adds
    /// <c>AddQuartzHostedService</c>, an <c>ILiteDatabase</c> and an <c>IDiscordRestClient</c>.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(ReminderOptions.SectionName);
        services.AddOptions<ReminderOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TimeZoneCatalog>();
        services.TryAddSingleton<ReminderStore>();
        services.TryAddSingleton<ReminderService>();
        services.TryAddSingleton<PromptDispatcher>();
        services.TryAddSingleton<CheckInStore>();
        // Reminders know each person's zone; check-ins and history use it for "today".
        services.Replace(ServiceDescriptor.Singleton<IUserTimeZones, ReminderTimeZones>());
        services.AddDmSender();
        services.AddPersonalData<ReminderPersonalData>();
        services.AddPersonalData<PromptDeliveryPersonalData>();
        services.AddInteractionModule<RemindersModule>();
        services.AddInteractionObserver<PendingNoticeObserver>();

        // The trigger's interval is needed now, before options exist; a bad value is still reported by ValidateOnStart.
        var interval = section.GetValue(nameof(ReminderOptions.PollInterval), new ReminderOptions().PollInterval);
        if (interval < TimeSpan.FromSeconds(1))
            interval = TimeSpan.FromSeconds(1);
        services.AddQuartz(q =>
        {
            q.AddJob<DailyPromptJob>(j => j.WithIdentity(DailyPromptJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(DailyPromptJob.Key)
                .WithIdentity("daily-prompts-trigger", "reminders")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
        });
        return services;
    }
}
