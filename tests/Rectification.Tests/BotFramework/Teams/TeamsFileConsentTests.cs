using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Localization;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Fakes;
using Rectification.Tests.LedgerFiles;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>
/// 导出台账 in Teams: the file consent card in a personal chat, the fileConsent/invoke answer, the workbook PUT to the
/// upload URL with its Content-Range and shown as a file card; declined; refused in a group; the role checked again.
/// </summary>
public sealed class TeamsFileConsentTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    private const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";
    private const string InfoType = "application/vnd.microsoft.teams.card.file.info";

    [Fact]
    public async Task A_leader_who_allows_the_file_gets_the_workbook_uploaded_with_its_range_and_shown_as_a_file_card()
    {
        var (conversation, user) = await LeaderAsync(PersonRole.Leader);
        var consent = await ConsentCardAsync(conversation, user);
        var content = consent.Content!;
        Assert.EndsWith(".xlsx", consent.Name, StringComparison.Ordinal);
        Assert.True(content["sizeInBytes"]!.GetValue<long>() > 1000);
        Assert.Contains(Texts.Chinese.FileConsentNote, content["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var session = Guid.NewGuid().ToString("N");

        var (status, _) = await host.PostAsync(Answer(conversation, user, "accept", content["acceptContext"]!, session, consent.Name!));

        Assert.Equal(200, status);
        var upload = Assert.Single(host.Connector.Uploads, u => u.Session == session);
        Assert.Equal($"bytes 0-{upload.Content.Length - 1}/{upload.Content.Length}", upload.ContentRange);
        Assert.Empty(upload.Authorization);
        AssertIsTheLedgerWorkbook(upload.Content);
        var shown = (await host.RequestsAboutAsync(conversation, count: 2))[1].Activity!;
        var info = Assert.Single(shown.Attachments!);
        Assert.Equal((InfoType, "https://contoso.sharepoint.com/personal/" + session, consent.Name), (info.ContentType, info.ContentUrl, info.Name));
        Assert.Equal((session, "xlsx"), (info.Content!["uniqueId"]!.GetValue<string>(), info.Content["fileType"]!.GetValue<string>()));
        Assert.StartsWith("整改台账见附件", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_file_is_answered_politely_and_nothing_is_uploaded()
    {
        var (conversation, user) = await LeaderAsync(PersonRole.Admin);
        var consent = await ConsentCardAsync(conversation, user);
        var session = Guid.NewGuid().ToString("N");

        var (status, _) = await host.PostAsync(Answer(conversation, user, "decline", consent.Content!["declineContext"]!, session, consent.Name!));

        Assert.Equal(200, status);
        Assert.DoesNotContain(host.Connector.Uploads, u => u.Session == session);
        Assert.Equal(Texts.Chinese.LedgerFileDeclined, (await host.RequestsAboutAsync(conversation, count: 2))[1].Activity!.Text);
    }

    [Fact]
    public async Task Someone_no_longer_a_leader_when_allowing_the_file_is_refused_and_nothing_is_uploaded()
    {
        var (conversation, user) = await LeaderAsync(PersonRole.Leader);
        var consent = await ConsentCardAsync(conversation, user);
        await ChangeRoleAsync(user, PersonRole.Staff);
        var session = Guid.NewGuid().ToString("N");

        var (status, _) = await host.PostAsync(Answer(conversation, user, "accept", consent.Content!["acceptContext"]!, session, consent.Name!));

        Assert.Equal(200, status);
        Assert.DoesNotContain(host.Connector.Uploads, u => u.Session == session);
        Assert.StartsWith(Texts.Chinese.LedgerExportLeadersOnly, (await host.RequestsAboutAsync(conversation, count: 2))[1].Activity!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consent_answer_from_someone_else_or_with_an_unknown_action_is_refused_with_400()
    {
        var (conversation, user) = await LeaderAsync(PersonRole.Leader);
        var consent = await ConsentCardAsync(conversation, user);
        var session = Guid.NewGuid().ToString("N");
        var context = consent.Content!["acceptContext"]!;

        var (otherStatus, _) = await host.PostAsync(Answer(conversation, "29:someone-else", "accept", context, session, consent.Name!));
        var (unknownStatus, _) = await host.PostAsync(Answer(conversation, user, "maybe", context, session, consent.Name!));

        Assert.Equal((400, 400), (otherStatus, unknownStatus));
        Assert.DoesNotContain(host.Connector.Uploads, u => u.Session == session);
    }

    [Fact]
    public async Task In_a_group_chat_the_leader_is_pointed_to_the_personal_chat()
    {
        var (_, user) = await LeaderAsync(PersonRole.Leader);
        var group = TeamsActivities.NewConversationId("19");

        await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, group, "导出台账", user, conversationType: "groupChat"));
        var reply = Assert.Single(await host.RequestsAboutAsync(group)).Activity!;

        Assert.Equal(Texts.Chinese.LedgerFilePersonalChatOnly, reply.Text);
        Assert.Null(reply.Attachments);
    }

    private async Task<Attachment> ConsentCardAsync(string conversation, string user)
    {
        var (status, _) = await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "导出台账", user));
        Assert.Equal(200, status);
        var offer = Assert.Single(await host.RequestsAboutAsync(conversation)).Activity!;
        Assert.Null(offer.Text);
        var consent = Assert.Single(offer.Attachments!);
        Assert.Equal(ConsentType, consent.ContentType);
        Assert.Equal(consent.Content!["acceptContext"]!.ToJsonString(), consent.Content["declineContext"]!.ToJsonString());
        return consent;
    }

    /// <summary>The invoke Teams posts when the person presses Allow or Decline on the consent card.</summary>
    private Activity Answer(string conversation, string user, string action, JsonNode context, string session, string name)
    {
        var invoke = TeamsActivities.Message(host.Connector.ServiceUrl, conversation, text: string.Empty, user);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Text = null;
        invoke.Name = "fileConsent/invoke";
        invoke.Value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = action == "decline" ? null : new JsonObject
            {
                ["contentUrl"] = "https://contoso.sharepoint.com/personal/" + session,
                ["name"] = name,
                ["uploadUrl"] = host.Connector.UploadUrl(session),
                ["uniqueId"] = session,
                ["fileType"] = "xlsx",
            },
        };
        return invoke;
    }

    private static void AssertIsTheLedgerWorkbook(byte[] content)
    {
        using (var stream = new MemoryStream(content))
        using (var workbook = SpreadsheetDocument.Open(stream, false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value);
            Assert.Equal(["整改台账", "汇总"], sheets);
        }

        var path = Path.Combine(Path.GetTempPath(), $"teams-upload-{Guid.NewGuid():N}.xlsx");
        try
        {
            File.WriteAllBytes(path, content);
            Assert.Equal(["整改台账", "汇总"], RawWorkbook.Open(path).SheetNames);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<(string Conversation, string User)> LeaderAsync(PersonRole role)
    {
        var user = $"29:{role}-{Guid.NewGuid():N}";
        await using var scope = host.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        ledger.People.Add(new Person(user, new ChannelIdentity(IdentityRealm.Microsoft, user), "周领导", role, null, DateTime.UtcNow));
        await ledger.SaveChangesAsync();
        return (TeamsActivities.NewConversationId(), user);
    }

    private async Task ChangeRoleAsync(string key, PersonRole role)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var person = await ledger.People.SingleAsync(p => p.Key == key);
        person.ChangeRole(role, DateTime.UtcNow);
        await ledger.SaveChangesAsync();
    }
}
