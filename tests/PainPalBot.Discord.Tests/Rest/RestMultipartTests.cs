using PainPalBot.Discord.Models;

namespace PainPalBot.Discord.Tests.Rest;

public sealed class RestMultipartTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 3];
    private static readonly byte[] Csv = "date,pain\n2026-11-25,4\n"u8.ToArray();

    [Fact]
    public async Task Files_go_as_multipart_with_payload_json_and_attachment_ids()
    {
        await using var rest = await RestHarness.StartAsync();

        var message = await rest.Client.CreateMessageAsync(900, new CreateMessageRequest
        {
            Content = "Your trend",
            Embeds = [new Embed { Image = new EmbedMedia { Url = "attachment://trend.png" } }],
        }, [new FileAttachment("trend.png", Png, "Pain over 30 days", "image/png"), new FileAttachment("export.csv", Csv, ContentType: "text/csv")]);

        var request = Assert.Single(rest.Discord.Requests);
        Assert.StartsWith("multipart/form-data", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(["payload_json", "files[0]", "files[1]"], request.Parts.Select(p => p.Name));
        Assert.Equal("application/json", request.Parts[0].ContentType?.Split(';')[0]);
        var payload = request.JsonBody();
        Assert.Equal("Your trend", payload.GetProperty("content").GetString());
        var attachments = payload.GetProperty("attachments");
        Assert.Equal("0", attachments[0].GetProperty("id").GetString());
        Assert.Equal("trend.png", attachments[0].GetProperty("filename").GetString());
        Assert.Equal("Pain over 30 days", attachments[0].GetProperty("description").GetString());
        Assert.Equal("1", attachments[1].GetProperty("id").GetString());
        Assert.Equal(("trend.png", "image/png"), (request.Files[0].FileName, request.Files[0].ContentType));
        Assert.Equal(Png, request.Files[0].Content);
        Assert.Equal(Csv, request.Files[1].Content);
        Assert.Equal(["trend.png", "export.csv"], message.Attachments.Select(a => a.Filename));
        Assert.Equal(Png.Length, message.Attachments[0].Size);
    }

    [Fact]
    public async Task An_interaction_response_can_carry_a_file()
    {
        await using var rest = await RestHarness.StartAsync();

        await rest.Client.CreateInteractionResponseAsync(11, "tok", new InteractionResponse
        {
            Type = InteractionResponseType.ChannelMessageWithSource,
            Data = new InteractionCallbackData { Content = "Here is your chart", Flags = 64 },
        }, [new FileAttachment("chart.png", Png, ContentType: "image/png")]);

        var callback = await rest.Discord.WaitForInteractionCallbackAsync(11);
        Assert.Equal("chart.png", Assert.Single(callback.Files).FileName);
        Assert.Equal(Png, callback.Files[0].Content);
        Assert.Equal("chart.png", callback.Response.Data?.Attachments?[0].Filename);
        Assert.Equal("chart.png", Assert.Single(rest.Discord.OriginalResponseFor("tok")!.Attachments).Filename);
    }

    [Fact]
    public async Task Edits_and_followups_upload_files_too()
    {
        await using var rest = await RestHarness.StartAsync();
        await rest.Client.CreateInteractionResponseAsync(12, "tok2", new InteractionResponse { Type = InteractionResponseType.DeferredChannelMessageWithSource });

        var edited = await rest.Client.EditOriginalInteractionResponseAsync(rest.AppId, "tok2", new WebhookMessageRequest { Content = "Chart" }, [new FileAttachment("a.png", Png)]);
        var followup = await rest.Client.CreateFollowupMessageAsync(rest.AppId, "tok2", new WebhookMessageRequest { Content = "CSV" }, [new FileAttachment("b.csv", Csv)]);

        Assert.Equal("a.png", Assert.Single(edited.Attachments).Filename);
        Assert.Equal("b.csv", Assert.Single(followup.Attachments).Filename);
        Assert.All(rest.Discord.Requests.Skip(1), r => Assert.Equal("payload_json", r.Parts[0].Name));
    }
}
