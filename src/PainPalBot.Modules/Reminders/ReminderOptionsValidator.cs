using Microsoft.Extensions.Options;

namespace PainPalBot.Modules.Reminders;

/// <summary>Validates <see cref="ReminderOptions"/> at start, naming the bad setting.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.PollInterval > TimeSpan.FromMinutes(10))
            return ValidateOptionsResult.Fail("Reminders:PollInterval must be from 00:00:01 to 00:10:00.");
        if (options.CatchUpWindow < TimeSpan.Zero || options.CatchUpWindow > TimeSpan.FromHours(24))
            return ValidateOptionsResult.Fail("Reminders:CatchUpWindow must be from 00:00:00 to 24:00:00.");
        if (options.ResendWindow < TimeSpan.Zero || options.ResendWindow > TimeSpan.FromMinutes(10))
            return ValidateOptionsResult.Fail("Reminders:ResendWindow must be from 00:00:00 to 00:10:00 (Discord keeps nonces only a few minutes).");
        if (options.BatchSize is < 1 or > 10_000)
            return ValidateOptionsResult.Fail("Reminders:BatchSize must be from 1 to 10000.");
        if (!Enum.IsDefined(options.WeeklySummaryDay))
            return ValidateOptionsResult.Fail("Reminders:WeeklySummaryDay must be a day name such as Sunday.");
        if (options.DeliveryRetentionDays is < 2 or > 366)
            return ValidateOptionsResult.Fail("Reminders:DeliveryRetentionDays must be from 2 to 366.");
        return ValidateOptionsResult.Success;
    }
}
