using Microsoft.Extensions.Options;

namespace PainPalBot.Modules.CheckIns;

/// <summary>Validates <see cref="CheckInOptions"/> at start, naming the bad setting.</summary>
public sealed class CheckInOptionsValidator : IValidateOptions<CheckInOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CheckInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxPerDay is < 1 or > 1000)
            return ValidateOptionsResult.Fail("CheckIns:MaxPerDay must be from 1 to 1000.");
        if (options.NoteMaxLength is < 1 or > 4000)
            return ValidateOptionsResult.Fail("CheckIns:NoteMaxLength must be from 1 to 4000.");
        return ValidateOptionsResult.Success;
    }
}
