using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.Crisis;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.ServerSettings;
using PainPalBot.Modules.Tests.Support;

namespace PainPalBot.Modules.Tests.Crisis;

/// <summary>"Ask mods to check in" without Discord: a real LiteDB file, a fake clock, a REST substitute that can hold a post.</summary>
public sealed class AskModsServiceTests : IDisposable
{
    private const ulong GuildId = 800;
    private const ulong ModChannel = 801;
    private const ulong AuthorId = 810;
    private static readonly Regex Banned = new(@"\b(confidential\w*|secret|secrecy|anonymous\w*|won't tell|diagnos\w*|method\w*|overdos\w*|pills?)\b", RegexOptions.IgnoreCase);

    private readonly TempLiteDb _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly IDiscordRestClient _rest = Harness.SubstituteRest();
    private readonly CrisisSignpost _signpost = new(HelplineDirectory.Load(TestData.HelplinesPath), Options.Create(new CrisisOptions()));
    private readonly ServerSettingsService _settings;
    private readonly CrisisAlertStore _alerts;
    private readonly AskModsService _service;

    public AskModsServiceTests()
    {
        _settings = new ServerSettingsService(new GuildSettingsStore(_db.Db), [], _time, NullLogger<ServerSettingsService>.Instance);
        _alerts = new CrisisAlertStore(_db.Db);
        var countries = new PersonCountryStore(_db.Db);
        var dms = new DmSender(_rest, new DmChannelStore(_db.Db), _time, NullLogger<DmSender>.Instance);
        var support = new CrisisSupportSender(dms, _signpost, countries, NullLogger<CrisisSupportSender>.Instance);
        _service = new AskModsService(_settings, _alerts, support, _signpost, countries, _rest, _time,
            Options.Create(new CrisisWatchOptions()), NullLogger<AskModsService>.Instance);
        _settings.Update(GuildId, 1, new SettingsUpdate { ModeratorChannelId = ModChannel, Country = "GB" });
    }

    private static AskModsRequest Asking(ulong reporterId) =>
        new(GuildId, reporterId, new Message { Id = 900, ChannelId = 902, Author = new User { Id = AuthorId, Username = "a" }, Content = "not read" }, 902);

    private IEnumerable<(string Method, ulong Channel, object? Request)> Calls() =>
        _rest.ReceivedCalls().Select(c => (c.GetMethodInfo().Name, c.GetArguments()[0] is ulong id ? id : 0, c.GetArguments().ElementAtOrDefault(c.GetMethodInfo().Name == nameof(IDiscordRestClient.EditMessageAsync) ? 2 : 1)));

    [Fact]
    public async Task Two_members_asking_at_the_same_moment_make_one_alert_and_one_DM_and_the_alert_shows_both()
    {
        var held = new TaskCompletionSource<Message>(TaskCreationOptions.RunContinuationsAsynchronously);
        _rest.CreateMessageAsync(ModChannel, Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Returns(held.Task);

        var first = _service.AskAsync(Asking(820));
        Assert.False(first.IsCompleted);
        var second = await _service.AskAsync(Asking(821));
        held.SetResult(new Message { Id = 950, ChannelId = ModChannel });
        var firstResult = await first;

        Assert.Equal(AskModsOutcome.Alerted, firstResult.Outcome);
        Assert.Equal(AskModsOutcome.AddedToAlert, second.Outcome);
        Assert.Single(Calls(), c => c.Method == nameof(IDiscordRestClient.CreateMessageAsync) && c.Channel == ModChannel);
        Assert.Single(Calls(), c => c.Method == nameof(IDiscordRestClient.CreateMessageAsync) && c.Channel != ModChannel);
        var edit = (EditMessageRequest)Calls().Last(c => c.Method == nameof(IDiscordRestClient.EditMessageAsync)).Request!;
        Assert.Contains("Asked by: 2 members (who asked is kept private)", edit.Content, StringComparison.Ordinal);
        var alert = Assert.Single(_alerts.AboutUser(AuthorId));
        Assert.Equal([820UL, 821UL], alert.Requests.Select(r => r.ReporterId));
        Assert.Equal(CrisisAlertDm.Sent, alert.Dm);
    }

    [Fact]
    public async Task An_alert_the_moderators_deleted_is_not_joined_a_new_one_carries_the_request()
    {
        await _service.AskAsync(Asking(820));
        _rest.EditMessageAsync(ModChannel, Arg.Any<ulong>(), Arg.Any<EditMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Returns<Message>(_ => throw new DiscordApiException(System.Net.HttpStatusCode.NotFound, 10008, "Unknown Message", null, "PATCH", "/channels/{channel_id}/messages/{message_id}"));

        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await _service.AskAsync(Asking(821));

        Assert.Equal(AskModsOutcome.Alerted, second.Outcome);
        var alerts = _alerts.AboutUser(AuthorId);
        Assert.Equal(2, alerts.Count);
        Assert.Equal([820UL], alerts[0].Requests.Select(r => r.ReporterId));
        Assert.Equal([821UL], alerts[1].Requests.Select(r => r.ReporterId));
        Assert.Null(alerts[0].AlertChannelId);
    }

    public static TheoryData<AskModsOutcome, bool, bool> Answers()
    {
        var data = new TheoryData<AskModsOutcome, bool, bool>();
        foreach (var outcome in Enum.GetValues<AskModsOutcome>())
        {
            foreach (var self in new[] { false, true })
            {
                data.Add(outcome, self, false);
                data.Add(outcome, self, true);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Every_answer_says_what_happened_has_a_way_to_a_person_now_and_fits_a_message(AskModsOutcome outcome, bool self, bool knownCountry)
    {
        var text = AskModsMessages.Reply(new AskModsResult(outcome, _signpost.ForCountry(knownCountry ? "GB" : null), self, Dm: CrisisAlertDm.Sent));

        Assert.InRange(text.Length, 1, 2000);
        Assert.Contains(knownCountry ? "999" : "emergency number", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Banned, text);
        Assert.DoesNotContain("below", text, StringComparison.Ordinal);
        if (outcome is AskModsOutcome.NotInServer or AskModsOutcome.BotMessage or AskModsOutcome.NoModeratorChannel or AskModsOutcome.ModeratorsUnreachable or AskModsOutcome.AlreadyAsked)
            Assert.Contains("nothing", text, StringComparison.OrdinalIgnoreCase);
        if (outcome is AskModsOutcome.Alerted or AskModsOutcome.AddedToAlert && !self)
            Assert.Contains("They won't be told who asked.", text, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
