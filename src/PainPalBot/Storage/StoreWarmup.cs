namespace PainPalBot.Storage;

/// <summary>
/// The feature stores to create once, on one thread, before anything runs. LiteDB 5 publishes a type's
/// mapping before it has filled it in, so two threads meeting a document type for the first time at once
/// can fail with "Member X not found"; building every store's mapping up front closes that window.
/// </summary>
public sealed record StoreWarmup(IReadOnlyList<Type> StoreTypes);
