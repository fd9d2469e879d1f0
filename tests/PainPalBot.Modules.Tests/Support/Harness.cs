using LiteDB;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PainPalBot.Discord.Models;
using PainPalBot.Discord.Rest;
using PainPalBot.Modules.CheckIns;
using PainPalBot.Modules.History;
using PainPalBot.Modules.Messaging;
using PainPalBot.Modules.Privacy;
using PainPalBot.Modules.Reminders;

namespace PainPalBot.Modules.Tests.Support;

/// <summary>
/// The domain half wired by hand over a real LiteDB file, a fake clock and a REST client (an
/// NSubstitute one unless given). <see cref="Restart"/> rebuilds everything over the reopened file.
/// </summary>
public sealed class Harness : IDisposable
{
    private static readonly TimeZoneCatalog Catalog = new();

    public Harness(DateTimeOffset start, IDiscordRestClient? rest = null, ReminderOptions? reminderOptions = null)
    {
        Time = new FakeTimeProvider(start);
        Rest = rest ?? SubstituteRest();
        ReminderOptions = reminderOptions ?? new ReminderOptions();
        Build();
    }

    public TempLiteDb File { get; } = new();

    public LiteDatabase Db => File.Db;

    public FakeTimeProvider Time { get; }

    public IDiscordRestClient Rest { get; }

    public ReminderOptions ReminderOptions { get; }

    public LogSink Logs { get; } = new();

    public CheckInStore CheckInStore { get; private set; } = null!;

    public ReminderStore ReminderStore { get; private set; } = null!;

    public DmChannelStore DmChannels { get; private set; } = null!;

    public CheckInService CheckIns { get; private set; } = null!;

    public ReminderService Reminders { get; private set; } = null!;

    public PromptDispatcher Dispatcher { get; private set; } = null!;

    public HistoryService History { get; private set; } = null!;

    public PersonalDataService PersonalData { get; private set; } = null!;

    /// <summary>A REST substitute: DM channel id = user id + 1, message ids counting up.</summary>
    public static IDiscordRestClient SubstituteRest()
    {
        var rest = Substitute.For<IDiscordRestClient>();
        rest.CreateDmAsync(Arg.Any<ulong>(), Arg.Any<CancellationToken>())
            .Returns(call => new Channel { Id = call.Arg<ulong>() + 1, Type = 1 });
        var nextId = 1000UL;
        rest.CreateMessageAsync(Arg.Any<ulong>(), Arg.Any<CreateMessageRequest>(), Arg.Any<IReadOnlyList<FileAttachment>?>(), Arg.Any<CancellationToken>())
            .Returns(call => new Message { Id = Interlocked.Increment(ref nextId), ChannelId = call.Arg<ulong>(), Nonce = call.Arg<CreateMessageRequest>().Nonce });
        return rest;
    }

    /// <summary>Simulates a process restart: the file is closed and reopened, every part rebuilt.</summary>
    public void Restart()
    {
        File.Restart();
        Build();
    }

    /// <summary>The CreateMessage requests the REST client received, in order.</summary>
    public List<(ulong ChannelId, CreateMessageRequest Request)> SentMessages() =>
        [.. Rest.ReceivedCalls()
            .Where(c => c.GetMethodInfo().Name == nameof(IDiscordRestClient.CreateMessageAsync))
            .Select(c => ((ulong)c.GetArguments()[0]!, (CreateMessageRequest)c.GetArguments()[1]!))];

    public Task<PromptRunReport> RunPromptsAsync() => Dispatcher.RunAsync();

    public void Dispose() => File.Dispose();

    private void Build()
    {
        CheckInStore = new CheckInStore(Db);
        ReminderStore = new ReminderStore(Db);
        DmChannels = new DmChannelStore(Db);
        var zones = new ReminderTimeZones(ReminderStore);
        CheckIns = new CheckInService(CheckInStore, zones, Time, Options.Create(new CheckInOptions()), new CapturingLogger<CheckInService>(Logs));
        Reminders = new ReminderService(ReminderStore, Catalog, Time, Options.Create(ReminderOptions), new CapturingLogger<ReminderService>(Logs));
        var dms = new DmSender(Rest, DmChannels, Time, new CapturingLogger<DmSender>(Logs));
        Dispatcher = new PromptDispatcher(ReminderStore, Reminders, CheckInStore, dms, Time, Options.Create(ReminderOptions), new CapturingLogger<PromptDispatcher>(Logs));
        History = new HistoryService(CheckInStore, zones, Time, new CapturingLogger<HistoryService>(Logs));
        PersonalData = new PersonalDataService(
            [
                new CheckInPersonalData(CheckInStore),
                new PegPersonalData(CheckInStore),
                new ReminderPersonalData(ReminderStore),
                new PromptDeliveryPersonalData(ReminderStore),
                new DmChannelPersonalData(DmChannels),
            ],
            new CapturingLogger<PersonalDataService>(Logs));
    }
}
