namespace PainPalBot.FakeDiscord;

/// <summary>What a REST handler answers: a status and an optional JSON body (headers go straight onto the response).</summary>
internal readonly record struct FakeRestResponse(int Status, byte[]? Json = null);
