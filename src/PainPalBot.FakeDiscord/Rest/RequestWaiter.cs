namespace PainPalBot.FakeDiscord;

/// <summary>A test waiting for a request that matches.</summary>
internal sealed record RequestWaiter(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Found);
