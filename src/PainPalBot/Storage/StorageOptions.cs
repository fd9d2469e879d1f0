namespace PainPalBot.Storage;

/// <summary>The <c>Storage</c> configuration section: where the LiteDB file lives and whether it is encrypted.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Storage";

    /// <summary>The LiteDB file; its folder is created at start.</summary>
    public string Path { get; set; } = "data/painpal.db";

    /// <summary>When set, the file is encrypted (AES) with this password. Never logged.</summary>
    public string? Password { get; set; }
}
