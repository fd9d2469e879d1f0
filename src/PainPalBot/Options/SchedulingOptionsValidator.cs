using Microsoft.Extensions.Options;

namespace PainPalBot.Options;

/// <summary>Checks the <c>Scheduling</c> section at start.</summary>
public sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxConcurrency is < 1 or > 64)
            failures.Add("Scheduling:MaxConcurrency must be from 1 to 64 (env Scheduling__MaxConcurrency).");
        if (options.ShutdownTimeout <= TimeSpan.Zero || options.ShutdownTimeout > TimeSpan.FromMinutes(5))
            failures.Add("Scheduling:ShutdownTimeout must be a duration from 00:00:01 to 00:05:00 (env Scheduling__ShutdownTimeout).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
