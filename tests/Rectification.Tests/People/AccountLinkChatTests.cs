using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.People;

/// <summary>
/// Linking accounts over the Bot Framework endpoint: a code asked for in one conversation and sent from another
/// account; used and expired codes; an administrator adding the person who wrote by name.
/// </summary>
public sealed partial class AccountLinkChatTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private const string Admin = "link-admin";
    private const string Staff = "29:teams-lisi";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync()
    {
        await _factory.AddPersonAsync(Admin, "钱管理", PersonRole.Admin);
        await _factory.AddPersonAsync(Staff, "李四", PersonRole.Staff, "综合处");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ACodeAskedForInOneConversationLinksTheAccountThatSendsItWithTheSameRoleAndDepartment()
    {
        var issued = TextOf(await _bot.AskAsync("绑定Telegram", Staff));
        var code = CodeIn(issued);
        Assert.Contains("10分钟内有效", issued, StringComparison.Ordinal);

        var linked = TextOf(await _bot.AskAsync($"绑定 {code}", "second-account-1"));

        Assert.Contains("绑定成功：此账号已绑定到李四，角色：员工，处室：综合处", linked, StringComparison.Ordinal);
        var person = await _factory.PersonAsync("second-account-1");
        Assert.Equal((Staff, PersonRole.Staff, "综合处"), (person.Key, person.Role, person.Department));
        Assert.Contains(person.Identities, i => i.UserId == Staff);
        Assert.DoesNotContain(code, await StoredCodeHashesAsync(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AUsedCodeIsRefusedAndLinksNothing()
    {
        var code = CodeIn(TextOf(await _bot.AskAsync("link telegram", Staff)));
        await _bot.AskAsync($"/link {code}", "second-account-2");

        var again = TextOf(await _bot.AskAsync($"/link {code}", "third-account-2"));

        Assert.Contains("这个绑定码已经用过了", again, StringComparison.Ordinal);
        Assert.Null(await _factory.FindPersonAsync("third-account-2"));
    }

    [Fact]
    public async Task AnExpiredCodeIsRefusedAndLinksNothing()
    {
        var code = CodeIn(TextOf(await _bot.AskAsync("绑定Telegram", Staff)));
        await ExpireCodesAsync();

        var late = TextOf(await _bot.AskAsync($"绑定 {code}", "late-account"));

        Assert.Contains("这个绑定码已过期", late, StringComparison.Ordinal);
        Assert.Null(await _factory.FindPersonAsync("late-account"));
    }

    [Fact]
    public async Task AMistypedCodeIsRefusedAndSomeoneUnregisteredGetsNoCode()
    {
        var wrong = TextOf(await _bot.AskAsync("link ABCD2345", "stranger-account"));
        var noCode = TextOf(await _bot.AskAsync("绑定Telegram", "other-stranger"));

        Assert.Contains("That link code is not right", wrong, StringComparison.Ordinal);
        Assert.Contains("只有已登记的人员才能绑定", noCode, StringComparison.Ordinal);
        Assert.Contains("钱管理", noCode, StringComparison.Ordinal);
        Assert.DoesNotMatch(CodePattern(), noCode);
    }

    [Fact]
    public async Task NoCodeIsShownInAGroupChat()
    {
        var inGroup = TestActivities.Message("绑定Telegram", Staff);
        inGroup.Conversation = new ConversationAccount { Id = "group-of-lisi", IsGroup = true, ConversationType = "groupChat" };
        var codesBefore = await StoredCodeHashesAsync();

        var answer = TextOf(await _bot.SendAsync(inGroup));

        Assert.Contains("绑定码只在与机器人的私聊中发送", answer, StringComparison.Ordinal);
        Assert.DoesNotMatch(CodePattern(), answer);
        Assert.Equal(codesBefore, await StoredCodeHashesAsync());
    }

    [Fact]
    public async Task AnAccountAlreadySomeoneElsesIsNotMovedByACode()
    {
        await _factory.AddPersonAsync("wangwu-account", "王五", PersonRole.Leader);
        var code = CodeIn(TextOf(await _bot.AskAsync("绑定Telegram", Staff)));

        var refused = TextOf(await _bot.AskAsync($"link {code}", "wangwu-account"));

        Assert.Contains("This account is already linked to 王五", refused, StringComparison.Ordinal);
        Assert.Equal("王五", (await _factory.PersonAsync("wangwu-account")).Name);
    }

    [Fact]
    public async Task AnAdministratorAddsThePersonWhoWroteByName()
    {
        await SendAsAsync("你好", "zhangsan-account", "张三");

        var asked = TextOf(await _bot.AskAsync("把张三加为办公室工作人员", Admin));
        Assert.Contains("请确认：添加张三（zhangsan-account）为办公室的员工", asked, StringComparison.Ordinal);
        await _bot.AskAsync("确认", Admin);

        var person = await _factory.PersonAsync("zhangsan-account");
        Assert.Equal((PersonRole.Staff, "办公室"), (person.Role, person.Department));
        Assert.Equal([(IdentityRealm.Microsoft, "zhangsan-account")], person.Identities.Select(i => (i.Realm, i.UserId)));
    }

    [Fact]
    public async Task WhenTwoRecentVisitorsShareTheNameTheAdministratorIsAskedWhichOne()
    {
        await SendAsAsync("hello", "zhao-1", "Zhao Liu");
        await SendAsAsync("hello", "zhao-2", "Zhao Liu");

        var asked = TextOf(await _bot.AskAsync("add Zhao Liu as staff of 办公室", Admin));
        Assert.Contains("最近有2位叫“Zhao Liu”的人给机器人发过消息", asked, StringComparison.Ordinal);
        Assert.Contains("zhao-1", asked, StringComparison.Ordinal);
        Assert.Contains("zhao-2", asked, StringComparison.Ordinal);

        // Most recent first: the second visitor is number 1.
        Assert.Contains("请确认：添加Zhao Liu（zhao-2）", TextOf(await _bot.AskAsync("1", Admin)), StringComparison.Ordinal);
        await _bot.AskAsync("确认", Admin);

        Assert.Equal(PersonRole.Staff, (await _factory.PersonAsync("zhao-2")).Role);
        Assert.Null(await _factory.FindPersonAsync("zhao-1"));
    }

    [Fact]
    public async Task AnAdministratorLinksAnAccountInChatAndInPlainWords()
    {
        await _factory.AddPersonAsync("zhou-account", "周五", PersonRole.Staff, "综合处");

        var command = TextOf(await _bot.AskAsync("绑定账号 zhou-account telegram 4242", Admin));
        var asked = TextOf(await _bot.AskAsync("把Telegram账号5353绑定给周五", Admin));
        await _bot.AskAsync("确认", Admin);

        Assert.Contains("已将Telegram账号 4242 绑定到周五", command, StringComparison.Ordinal);
        Assert.Contains("请确认：将Telegram账号 5353 绑定到周五", asked, StringComparison.Ordinal);
        Assert.Equal(
            [(IdentityRealm.Microsoft, "zhou-account"), (IdentityRealm.Telegram, "4242"), (IdentityRealm.Telegram, "5353")],
            (await _factory.PersonAsync("zhou-account")).Identities.Select(i => (i.Realm, i.UserId)).Order());
    }

    private async Task SendAsAsync(string text, string userId, string name)
    {
        var message = TestActivities.Message(text, userId);
        message.From = new ChannelAccount { Id = userId, Name = name };
        await _bot.SendAsync(message);
    }

    private async Task ExpireCodesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var past = DateTime.UtcNow.AddMinutes(-1);
        await db.LinkCodes.ExecuteUpdateAsync(c => c.SetProperty(x => x.ExpiresAtUtc, past));
    }

    private async Task<List<string>> StoredCodeHashesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().LinkCodes.Select(c => c.CodeHash).ToListAsync();
    }

    private static string CodeIn(string reply) =>
        CodePattern().Match(reply) is { Success: true } match ? match.Value : throw new InvalidOperationException($"No code in: {reply}");

    [GeneratedRegex("(?<![A-Z0-9])[A-HJ-NP-Z2-9]{8}(?![A-Z0-9])")]
    private static partial Regex CodePattern();
}
