using System.Globalization;
using PainPalBot.Modules.Connections;

namespace PainPalBot.Modules.Tests.Connections;

public sealed class ConnectionServiceTests
{
    private const PainConditions Fibro = PainConditions.Fibromyalgia;
    private const ConnectionGoals Pacing = ConnectionGoals.PacingPartner;
    private const ConnectionGoals Talk = ConnectionGoals.SomeoneToTalkTo;

    private static string Digits(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static void AssertNoUserIds(string text)
    {
        foreach (var id in ConnectionHarness.Everyone)
            Assert.DoesNotContain(Digits(id), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_needs_a_real_time_zone_a_language_and_a_goal()
    {
        using var h = new ConnectionHarness();

        var zone = h.Service.SaveProfile(ConnectionHarness.Guild, ConnectionHarness.Ana, new(Fibro, "Mars/Olympus", ["English"], Pacing));
        var language = h.Service.SaveProfile(ConnectionHarness.Guild, ConnectionHarness.Ana, new(Fibro, "Europe/London", [" "], Pacing));
        var goal = h.Service.SaveProfile(ConnectionHarness.Guild, ConnectionHarness.Ana, new(Fibro, "Europe/London", ["English"], ConnectionGoals.None));

        Assert.False(zone.Success);
        Assert.Contains("Unknown time zone", zone.Message, StringComparison.Ordinal);
        Assert.False(language.Success);
        Assert.False(goal.Success);
        Assert.All([zone, language, goal], r => Assert.Contains("Nothing was saved", r.Message, StringComparison.Ordinal));
        Assert.Null(h.Store.Profile(ConnectionHarness.Guild, ConnectionHarness.Ana));

        var saved = h.Service.SaveProfile(ConnectionHarness.Guild, ConnectionHarness.Ana, new(Fibro | PainConditions.Migraine, "Europe/London", ["english", "French"], Pacing | Talk));
        Assert.True(saved.Success);
        var profile = h.Store.Profile(ConnectionHarness.Guild, ConnectionHarness.Ana)!;
        Assert.Equal(Fibro | PainConditions.Migraine, profile.Conditions);
        Assert.Equal(Pacing | Talk, profile.LookingFor);
        Assert.Equal(["English", "French"], profile.Languages);
        Assert.Contains("fibromyalgia and migraine", h.Service.MyProfile(ConnectionHarness.Guild, ConnectionHarness.Ana).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_suggests_up_to_three_members_of_the_same_server_with_the_most_overlap_and_no_names()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro | PainConditions.Migraine, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing, "Europe/Helsinki");                       // one condition, same goal
        h.Profile(ConnectionHarness.Cai, Fibro | PainConditions.Migraine, Pacing | Talk);          // the most in common
        h.Profile(ConnectionHarness.Dee, PainConditions.Crps, Talk);                               // nothing in common
        h.Profile(ConnectionHarness.Eli, PainConditions.Migraine, Talk, "America/New_York");       // one condition
        h.Profile(ConnectionHarness.Fay, Fibro | PainConditions.Migraine, Pacing, guild: ConnectionHarness.OtherGuild);

        var result = h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);

        Assert.Equal(3, result.Suggestions.Count);
        var suggested = result.Suggestions.Select(s => h.Store.Suggestion(s.Token)!.CandidateUserId).ToList();
        Assert.Equal([ConnectionHarness.Cai, ConnectionHarness.Ben, ConnectionHarness.Eli], suggested);
        Assert.Equal("someone with fibromyalgia, two hours ahead, also looking for a pacing partner", result.Suggestions[1].Description);
        Assert.Equal("someone with migraine, five hours behind, looking for someone to talk to", result.Suggestions[2].Description);
        AssertNoUserIds(result.Message + string.Join('|', result.Suggestions.Select(s => s.Token + s.Description)));
        var customIds = ConnectionComponents.ForSuggestions(result.Suggestions).SelectMany(r => r.Components!).Select(b => b.CustomId!).ToList();
        Assert.Equal(6, customIds.Count);
        AssertNoUserIds(string.Join('|', customIds));
        Assert.All(customIds, id => Assert.True(id.Length <= 100));
    }

    [Fact]
    public void Find_needs_a_profile_first()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);

        var result = h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);

        Assert.Empty(result.Suggestions);
        Assert.Contains("/connect profile", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_shown_only_after_both_say_yes()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing, "Europe/Helsinki");
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);

        var request = await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));

        Assert.True(request.Sent);
        Assert.Null(request.ConnectedUserId);
        var invitation = Assert.Single(h.Rest.DmsTo(ConnectionHarness.Ben));
        Assert.Contains("someone with fibromyalgia, two hours behind", invitation.Request.Content, StringComparison.Ordinal);
        AssertNoUserIds(invitation.AllText + request.Message);
        Assert.Empty(h.Rest.DmsTo(ConnectionHarness.Ana));

        var accepted = await h.Service.AcceptAsync(ConnectionHarness.Ben, h.RequestTokenIn(ConnectionHarness.Ben));

        Assert.True(accepted.Connected);
        Assert.Equal(ConnectionHarness.Ana, accepted.OtherUserId);
        Assert.Contains($"<@{ConnectionHarness.Ana}>", accepted.Message, StringComparison.Ordinal);
        var news = Assert.Single(h.Rest.DmsTo(ConnectionHarness.Ana));
        Assert.Contains($"<@{ConnectionHarness.Ben}>", news.Request.Content, StringComparison.Ordinal);
        Assert.Empty(news.Request.AllowedMentions!.Parse!);
        Assert.Empty(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions);
    }

    [Fact]
    public async Task Only_the_person_asked_can_accept_a_request()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));
        var token = h.RequestTokenIn(ConnectionHarness.Ben);

        var byRequester = await h.Service.AcceptAsync(ConnectionHarness.Ana, token);
        var byStranger = await h.Service.AcceptAsync(ConnectionHarness.Cai, token);
        var suggestionAsRequest = await h.Service.AcceptAsync(ConnectionHarness.Ben, "made-up");

        Assert.All([byRequester, byStranger, suggestionAsRequest], r =>
        {
            Assert.False(r.Connected);
            Assert.Null(r.OtherUserId);
            AssertNoUserIds(r.Message);
        });
        Assert.Equal(ConnectionRequestStatus.Pending, h.Store.Request(token)!.Status);
    }

    [Fact]
    public async Task A_declined_request_is_never_repeated_and_the_pair_is_never_suggested_again()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));

        var declined = h.Service.Decline(ConnectionHarness.Ben, h.RequestTokenIn(ConnectionHarness.Ben));

        Assert.True(declined.Success);
        Assert.Empty(h.Rest.DmsTo(ConnectionHarness.Ana));
        Assert.Empty(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions);
        Assert.Empty(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ben).Suggestions);

        // Even a fresh profile on another server does not bring them together again.
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing, guild: ConnectionHarness.OtherGuild);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing, guild: ConnectionHarness.OtherGuild);
        Assert.Empty(h.Service.Find(ConnectionHarness.OtherGuild, ConnectionHarness.Ana).Suggestions);
        Assert.Single(h.Rest.DmsTo(ConnectionHarness.Ben));
    }

    [Fact]
    public async Task A_blocked_pair_is_never_suggested_again_either_way()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Profile(ConnectionHarness.Cai, Fibro, Talk);
        var first = h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        Assert.Equal(2, first.Suggestions.Count);
        var benToken = h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben);

        var blocked = h.Service.Block(ConnectionHarness.Ana, benToken);

        Assert.True(blocked.Success);
        Assert.Contains("aren't told", blocked.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions, s => h.Store.Suggestion(s.Token)!.CandidateUserId == ConnectionHarness.Ben);
        Assert.DoesNotContain(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ben).Suggestions, s => h.Store.Suggestion(s.Token)!.CandidateUserId == ConnectionHarness.Ana);
        var stale = await h.Service.RequestAsync(ConnectionHarness.Ana, benToken);
        Assert.False(stale.Sent);
        Assert.Empty(h.Rest.Sent);
    }

    [Fact]
    public async Task Blocking_from_a_request_dm_closes_the_request()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));
        var token = h.RequestTokenIn(ConnectionHarness.Ben);

        Assert.True(h.Service.Block(ConnectionHarness.Ben, token).Success);

        Assert.Equal(ConnectionRequestStatus.Declined, h.Store.Request(token)!.Status);
        Assert.False((await h.Service.AcceptAsync(ConnectionHarness.Ben, token)).Connected);
        Assert.Empty(h.Rest.DmsTo(ConnectionHarness.Ana));
        Assert.False(h.Service.Block(ConnectionHarness.Ben, "unknown-token").Success);
        Assert.False(h.Service.BlockMember(ConnectionHarness.Ben, ConnectionHarness.Ben).Success);
    }

    [Fact]
    public async Task Requests_are_limited_to_three_a_day()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        foreach (var other in new[] { ConnectionHarness.Ben, ConnectionHarness.Cai, ConnectionHarness.Dee, ConnectionHarness.Eli })
            h.Profile(other, Fibro, Pacing);

        for (var i = 0; i < 3; i++)
        {
            var first = h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions[0];
            Assert.True((await h.Service.RequestAsync(ConnectionHarness.Ana, first.Token)).Sent);
            h.Time.Advance(TimeSpan.FromHours(1));
        }

        var last = Assert.Single(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions);
        var fourth = await h.Service.RequestAsync(ConnectionHarness.Ana, last.Token);

        Assert.False(fourth.Sent);
        Assert.Contains("after 12:00 UTC", fourth.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent", fourth.Message, StringComparison.Ordinal);
        Assert.Equal(3, h.Rest.Sent.Count);

        h.Time.Advance(TimeSpan.FromHours(21));
        var next = Assert.Single(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions);
        Assert.True((await h.Service.RequestAsync(ConnectionHarness.Ana, next.Token)).Sent);
        Assert.Equal(4, h.Rest.Sent.Count);
    }

    [Fact]
    public async Task A_request_to_someone_with_closed_dms_is_not_sent_and_not_counted()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Rest.ClosedDms.Add(ConnectionHarness.Ben);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);

        var result = await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));

        Assert.False(result.Sent);
        Assert.Contains("didn't count", result.Message, StringComparison.Ordinal);
        Assert.Empty(h.Store.RequestsInvolving(ConnectionHarness.Ana));
    }

    [Fact]
    public async Task Asking_someone_who_already_asked_you_connects_you_both()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ben);
        var benAsks = h.TokenFor(ConnectionHarness.Ben, ConnectionHarness.Ana);
        await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));

        var result = await h.Service.RequestAsync(ConnectionHarness.Ben, benAsks);

        Assert.True(result.Sent);
        Assert.Equal(ConnectionHarness.Ana, result.ConnectedUserId);
        Assert.Contains($"<@{ConnectionHarness.Ana}>", result.Message, StringComparison.Ordinal);
        Assert.Contains($"<@{ConnectionHarness.Ben}>", Assert.Single(h.Rest.DmsTo(ConnectionHarness.Ana)).Request.Content, StringComparison.Ordinal);
        var request = Assert.Single(h.Store.RequestsInvolving(ConnectionHarness.Ana));
        Assert.Equal(ConnectionRequestStatus.Accepted, request.Status);
        // The invitation Ben got earlier now just says they're connected.
        var again = await h.Service.AcceptAsync(ConnectionHarness.Ben, h.RequestTokenIn(ConnectionHarness.Ben));
        Assert.True(again.Connected);
        Assert.Single(h.Rest.DmsTo(ConnectionHarness.Ana));
    }

    [Fact]
    public async Task An_expired_suggestion_sends_nothing()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        var token = h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben);
        h.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var result = await h.Service.RequestAsync(ConnectionHarness.Ana, token);
        var someoneElses = await h.Service.RequestAsync(ConnectionHarness.Cai, token);

        Assert.False(result.Sent);
        Assert.Contains("expired", result.Message, StringComparison.Ordinal);
        Assert.False(someoneElses.Sent);
        Assert.Empty(h.Rest.Sent);
        Assert.True(h.Service.Cleanup() >= 1);
        Assert.Null(h.Store.Suggestion(token));
    }

    [Fact]
    public async Task Unanswered_requests_expire_after_a_week()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));
        var token = h.RequestTokenIn(ConnectionHarness.Ben);

        h.Time.Advance(TimeSpan.FromDays(8));
        h.Service.Cleanup();

        Assert.Equal(ConnectionRequestStatus.Expired, h.Store.Request(token)!.Status);
        Assert.False((await h.Service.AcceptAsync(ConnectionHarness.Ben, token)).Connected);
        // An expired request does not keep them apart.
        Assert.Single(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions);
    }

    [Fact]
    public async Task Leaving_deletes_the_profile_and_stops_suggestions()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ben, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        var token = h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben);

        var left = h.Service.Leave(ConnectionHarness.Guild, ConnectionHarness.Ben);

        Assert.True(left.Success);
        Assert.Null(h.Store.Profile(ConnectionHarness.Guild, ConnectionHarness.Ben));
        Assert.Empty(h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana).Suggestions);
        Assert.False((await h.Service.RequestAsync(ConnectionHarness.Ana, token)).Sent);
        Assert.False(h.Service.Leave(ConnectionHarness.Guild, ConnectionHarness.Ben).Success);
    }

    [Fact]
    public async Task Export_holds_the_persons_own_profile_and_no_one_elses_id_and_delete_removes_it()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro | PainConditions.Eds, Pacing, "Europe/London", ConnectionHarness.Guild, "English", "Welsh");
        h.Profile(ConnectionHarness.Ben, PainConditions.Neuropathy | Fibro, Pacing, "Asia/Tokyo", ConnectionHarness.Guild, "English", "Japanese");
        h.Profile(ConnectionHarness.Cai, Fibro, Pacing);
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));
        h.Service.Block(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Cai));
        h.Service.BlockMember(ConnectionHarness.Cai, ConnectionHarness.Ana);
        var personal = new ConnectionPersonalData(h.Store);

        var export = personal.Export(ConnectionHarness.Ana);

        var text = string.Join('|', export.Rows.SelectMany(r => r));
        Assert.All(export.Rows, r => Assert.Equal(export.Columns.Count, r.Count));
        Assert.Contains("EDS", text, StringComparison.Ordinal);
        Assert.Contains("Welsh", text, StringComparison.Ordinal);
        Assert.Contains("request_sent", text, StringComparison.Ordinal);
        Assert.Contains("blocked_someone", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Japanese", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tokyo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("neuropathy", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Digits(ConnectionHarness.Ben), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Digits(ConnectionHarness.Cai), text, StringComparison.Ordinal);

        Assert.True(personal.Delete(ConnectionHarness.Ana) >= 3);
        Assert.Empty(personal.Export(ConnectionHarness.Ana).Rows);
        Assert.Null(h.Store.Profile(ConnectionHarness.Guild, ConnectionHarness.Ana));
        Assert.NotNull(h.Store.Profile(ConnectionHarness.Guild, ConnectionHarness.Ben));
        // Cai's block of Ana is Cai's data and keeps protecting Cai.
        Assert.True(h.Store.HasBarrier(ConnectionHarness.Cai, ConnectionHarness.Ana));
    }

    [Fact]
    public void Removing_a_server_removes_its_profiles()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing);
        h.Profile(ConnectionHarness.Ana, Fibro, Pacing, guild: ConnectionHarness.OtherGuild);

        Assert.Equal(1, new ConnectionGuildData(h.Store).DeleteGuild(ConnectionHarness.Guild));

        Assert.Null(h.Store.Profile(ConnectionHarness.Guild, ConnectionHarness.Ana));
        Assert.NotNull(h.Store.Profile(ConnectionHarness.OtherGuild, ConnectionHarness.Ana));
    }

    [Fact]
    public async Task Logs_carry_no_profile_details()
    {
        using var h = new ConnectionHarness();
        h.Profile(ConnectionHarness.Ana, PainConditions.Endometriosis, Pacing, "Pacific/Auckland", ConnectionHarness.Guild, "Maori");
        h.Profile(ConnectionHarness.Ben, PainConditions.Endometriosis, Pacing, "Pacific/Auckland", ConnectionHarness.Guild, "Maori");
        h.Service.Find(ConnectionHarness.Guild, ConnectionHarness.Ana);
        await h.Service.RequestAsync(ConnectionHarness.Ana, h.TokenFor(ConnectionHarness.Ana, ConnectionHarness.Ben));
        await h.Service.AcceptAsync(ConnectionHarness.Ben, h.RequestTokenIn(ConnectionHarness.Ben));

        var logs = h.Logs.AllText();

        Assert.NotEmpty(h.Logs.Lines);
        Assert.DoesNotContain("ndometriosis", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Auckland", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Maori", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("pacing", logs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_profile_never_prints_its_details()
    {
        var printed = new ConnectionProfile { UserId = 1, Conditions = PainConditions.Crps, TimeZone = "Europe/Paris", Languages = ["French"] }.ToString();

        Assert.DoesNotContain("Crps", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Paris", printed, StringComparison.Ordinal);
    }
}
