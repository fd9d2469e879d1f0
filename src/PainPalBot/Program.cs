using PainPalBot;

// The composition root lives in BotHost/ServiceRegistration so tests build the very same host.
return await BotHost.RunAsync(args, Console.Error);
