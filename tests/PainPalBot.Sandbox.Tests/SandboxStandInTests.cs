using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PainPalBot.FakeDiscord;
using PainPalBot.Sandbox.Tests.Support;

namespace PainPalBot.Sandbox.Tests;

/// <summary>
/// The sandbox's Discord stand-in runs as long as the sandbox does, so what it keeps must not grow with use,
/// and what people type (notes) must not stay in it once nothing needs it. Measured on what it holds.
/// </summary>
public sealed partial class SandboxStandInTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("painpal-sandbox-standin-").FullName;
    private SandboxServer _sandbox = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            Port = 0,
            StoragePath = Path.Combine(_folder, "sandbox.db"),
            InteractionTimeout = TimeSpan.FromSeconds(30),
        });
        var builder = BotHost.CreateBuilder([.. _sandbox.BotArguments, "--Logging:Level=Warning"]);
        builder.UseSandbox(_sandbox);
        _host = builder.Build();
        BotHost.ValidateBeforeStart(_host.Services);
        await _host.StartAsync();
        await _host.Services.GetRequiredService<BotWorker>().CommandsRegistered.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Many_check_ins_with_long_notes_leave_the_stand_in_within_its_window_and_without_a_note_once_the_bot_has_them()
    {
        var discord = _sandbox.Discord;
        using var page = await PageClientAsync();
        var general = await GeneralChannelAsync(page);
        var checkIns = SandboxServer.KeptRequests + 40;

        ulong[] people = [SandboxWorld.RobinId, SandboxWorld.SamId, SandboxWorld.AlexId];
        for (var i = 0; i < checkIns; i++)
        {
            // A day holds 24 check-ins a person: the three of them check in 20 times each, then it is tomorrow.
            if (i > 0 && i % 60 == 0)
                (await page.PostAsync(new Uri("sandbox/api/clock", UriKind.Relative), Json(new JsonObject { ["advanceMinutes"] = 1440 }))).EnsureSuccessStatusCode();
            await CheckInAsync(page, people[i % 3], general, Note(i));
        }

        // An export DMs every note back as files: the one request body that carries them.
        var dm = discord.DmChannelIdFor(SandboxWorld.RobinId);
        var exported = discord.WaitForRequestAsync(r => r.Path == $"/channels/{dm}/messages" && r.Files.Count > 0, TimeSpan.FromSeconds(60));
        await CommandAsync(page, SandboxWorld.RobinId, general, "mydata", [new JsonObject { ["name"] = "export", ["type"] = 1, ["options"] = new JsonArray() }]);
        var export = await exported;
        var robins = Enumerable.Range(0, checkIns).Where(i => i % 3 == 0).Select(i => Note(i)[..17]).ToHashSet();
        Assert.Equal(robins, NotesIn(string.Concat(export.Files.Select(f => f.Text))));

        var held = HeldText.Of(discord);
        Assert.InRange(held.CountOf<RecordedRequest>(), 1, SandboxServer.KeptRequests);
        Assert.All(discord.Requests, r =>
        {
            Assert.Equal("", r.Body);
            Assert.Empty(r.Parts);
            Assert.Empty(r.Headers);
        });
        // What the bot has not confirmed receiving stays for a resume to replay, within the window.
        Assert.InRange(NotesIn(held).Count, 0, SandboxServer.KeptDispatches);

        // The bot confirms what it received with each heartbeat (every 20 s here); ask for one now.
        var session = discord.CurrentGatewaySession ?? throw new InvalidOperationException("The bot is not connected.");
        var heartbeats = session.Heartbeats.Count;
        await session.RequestHeartbeatAsync();
        await session.WaitForHeartbeatAsync(heartbeats + 1);

        Assert.Empty(NotesIn(HeldText.Of(discord)));
        // And the bot still answers after what it confirmed was let go.
        await CheckInAsync(page, SandboxWorld.RobinId, general, Note(checkIns));
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _sandbox.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // LiteDB may still be closing; a temp folder left behind is harmless.
        }
    }

    // 500 characters, the longest note a check-in takes, each with its own number to find it by.
    private static string Note(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"PAINPAL-NOTE-{i:D4} ") + string.Concat(Enumerable.Repeat("my knees ached on the stairs and I slept badly again. ", 10))[..482];

    private static HashSet<string> NotesIn(HeldText held) => NotesIn([.. held.Texts]);

    private static HashSet<string> NotesIn(params string[] texts) =>
        [.. texts.SelectMany(t => NoteMarker().Matches(t)).Select(m => m.Value)];

    private async Task<HttpClient> PageClientAsync()
    {
        // As the page's browser: open the printed address (its key becomes a cookie), then speak from the page's origin.
        var page = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _sandbox.PageUrl };
        (await page.GetAsync(_sandbox.OpenUrl)).EnsureSuccessStatusCode();
        page.DefaultRequestHeaders.Add("Origin", _sandbox.PageUrl.GetLeftPart(UriPartial.Authority));
        return page;
    }

    private static async Task<string> GeneralChannelAsync(HttpClient page)
    {
        using var state = JsonDocument.Parse(await page.GetStringAsync(new Uri("sandbox/api/state", UriKind.Relative)));
        return state.RootElement.GetProperty("channels").EnumerateArray().First(c => c.GetProperty("name").GetString() == "general").GetProperty("id").GetString()!;
    }

    private static Task CheckInAsync(HttpClient page, ulong userId, string channelId, string note) =>
        CommandAsync(page, userId, channelId, "checkin",
        [
            new JsonObject { ["name"] = "pain", ["type"] = 4, ["value"] = 4 },
            new JsonObject { ["name"] = "note", ["type"] = 3, ["value"] = note },
        ]);

    private static async Task CommandAsync(HttpClient page, ulong userId, string channelId, string name, JsonArray options)
    {
        var body = new JsonObject
        {
            ["userId"] = userId.ToString(CultureInfo.InvariantCulture),
            ["channelId"] = channelId,
            ["name"] = name,
            ["options"] = options,
        };
        using var content = Json(body);
        using var answer = await page.PostAsync(new Uri("sandbox/api/command", UriKind.Relative), content);
        Assert.True(answer.IsSuccessStatusCode, $"/{name} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    [GeneratedRegex(@"PAINPAL-NOTE-\d{4}")]
    private static partial Regex NoteMarker();
}
