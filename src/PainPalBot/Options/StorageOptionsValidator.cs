using Microsoft.Extensions.Options;
using PainPalBot.Storage;

namespace PainPalBot.Options;

/// <summary>Checks the <c>Storage</c> section at start.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
            return ValidateOptionsResult.Fail("Storage:Path is empty. Set it to the LiteDB file, e.g. data/painpal.db (env Storage__Path).");
        if (options.Path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            return ValidateOptionsResult.Fail("Storage:Path has characters a file name cannot have (env Storage__Path).");
        return ValidateOptionsResult.Success;
    }
}
