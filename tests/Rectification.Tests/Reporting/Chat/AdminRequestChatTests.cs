using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>Administrators' requests in plain words: asked to confirm first, applied on "confirm", dropped on "no", refused to others.</summary>
public sealed class AdminRequestChatTests(BotFixture fixture) : IClassFixture<BotFixture>, IAsyncLifetime
{
    private const string Admin = "plain-admin";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    public async Task InitializeAsync()
    {
        await _factory.AddPersonAsync(Admin, "钱管理", PersonRole.Admin);
        await _factory.AddPersonAsync("wangwu", "王五", PersonRole.Staff, "综合处");
        await _factory.AddPersonAsync("wang-wu", "Wang Wu", PersonRole.Staff);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("把王五改成管理员", "wangwu", PersonRole.Admin, "请确认")]
    [InlineData("把王五设为领导", "wangwu", PersonRole.Leader, "请确认")]
    [InlineData("set 王五's role to leader", "wangwu", PersonRole.Leader, "请确认")]
    [InlineData("make Wang Wu an admin", "wang-wu", PersonRole.Admin, "Please confirm")]
    public async Task ARoleRequestAsksForConfirmationAndConfirmingChangesTheRole(string request, string id, PersonRole role, string question)
    {
        await _factory.SetRoleAsync(id, PersonRole.Staff);

        Assert.Contains(question, TextOf(await _bot.AskAsync(request, Admin)), StringComparison.Ordinal);
        Assert.Equal(PersonRole.Staff, (await _factory.PersonAsync(id)).Role);

        await _bot.AskAsync(question == "请确认" ? "确认" : "yes", Admin);
        Assert.Equal(role, (await _factory.PersonAsync(id)).Role);
    }

    [Theory]
    [InlineData("添加张三为科技金融处的工作人员", "zhangsan", "确认")]
    [InlineData("add 张三 as staff in 科技金融处", "zhangsan-2", "confirm")]
    public async Task ANewPersonIsAskedForTheirUserIdThenConfirmedThenAdded(string request, string id, string confirm)
    {
        Assert.Contains("ID", TextOf(await _bot.AskAsync(request, Admin)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(id, TextOf(await _bot.AskAsync(id, Admin)), StringComparison.Ordinal);
        Assert.Null(await _factory.FindPersonAsync(id));

        await _bot.AskAsync(confirm, Admin);

        var person = await _factory.PersonAsync(id);
        Assert.Equal(("张三", PersonRole.Staff, "科技金融处"), (person.Name, person.Role, person.Department));
    }

    [Fact]
    public async Task AConfirmationOrAnIdSomeoneHasIsNotTakenAsTheNewPersonsId()
    {
        await _bot.AskAsync("添加李四为科技金融处的工作人员", Admin);

        var yes = TextOf(await _bot.AskAsync("确认", Admin));
        var taken = TextOf(await _bot.AskAsync("wangwu", Admin));

        Assert.Contains("用户ID是一串不含空格的字符", yes, StringComparison.Ordinal);
        Assert.Contains("已登记为王五", taken, StringComparison.Ordinal);
        Assert.Null(await _factory.FindPersonAsync("确认"));
        Assert.Equal("王五", (await _factory.PersonAsync("wangwu")).Name);
        await _bot.AskAsync("取消", Admin);
    }

    [Fact]
    public async Task ANewPersonWhoHasWrittenToTheBotIsKnownByNameAndOnlyConfirmed()
    {
        var hello = TestActivities.Message("你好", "xiaoming-account");
        hello.From = new ChannelAccount { Id = "xiaoming-account", Name = "张小明" };
        await _bot.SendAsync(hello);

        Assert.Contains("请确认：添加张小明（xiaoming-account）为领导", TextOf(await _bot.AskAsync("添加张小明为领导", Admin)), StringComparison.Ordinal);
        await _bot.AskAsync("确认", Admin);

        Assert.Equal(PersonRole.Leader, (await _factory.PersonAsync("xiaoming-account")).Role);
    }

    [Theory]
    [InlineData("分配第十三项 科技金融处 李局长 2024-12-31", 13, "科技金融处", "李局长", "2024-12-31")]
    [InlineData("让科技金融处负责第五项", 5, "科技金融处", null, null)]
    [InlineData("第五项的完成时限改为2024年12月31日", 5, null, null, "2024-12-31")]
    [InlineData("set the deadline of item 5 to 2024-12-31", 5, null, null, "2024-12-31")]
    public async Task AnAssignmentRequestAsksForConfirmationAndConfirmingChangesTheFinding(
        string request, int number, string? department, string? leader, string? deadline)
    {
        await _factory.ResetAssignmentAsync(number);

        var asked = TextOf(await _bot.AskAsync(request, Admin));
        Assert.Contains($"{number}", asked, StringComparison.Ordinal);
        Assert.Equal(("旧处室", "旧领导", new DateOnly(2030, 1, 1)), await _factory.AssignmentAsync(number));

        await _bot.AskAsync("确认", Admin);

        var expectedDeadline = deadline is null ? new DateOnly(2030, 1, 1) : DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((department ?? "旧处室", leader ?? "旧领导", expectedDeadline), await _factory.AssignmentAsync(number));
    }

    [Theory]
    [InlineData("不")]
    [InlineData("no")]
    [InlineData("取消")]
    [InlineData("cancel")]
    [InlineData("算了")]
    public async Task DecliningTheConfirmationChangesNothing(string answer)
    {
        await _factory.SetRoleAsync("wangwu", PersonRole.Staff);
        await _bot.AskAsync("把王五改成管理员", Admin);

        Assert.Matches("取消|Cancelled", TextOf(await _bot.AskAsync(answer, Admin)));
        await _bot.AskAsync("确认", Admin);

        Assert.Equal(PersonRole.Staff, (await _factory.PersonAsync("wangwu")).Role);
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdministratorIsRefusedWithTheAdministratorsNamedAndNothingIsPending()
    {
        await _factory.SetRoleAsync("wangwu", PersonRole.Staff);

        var refused = TextOf(await _bot.AskAsync("把王五改成管理员", "wangwu"));
        await _bot.AskAsync("确认", "wangwu");

        Assert.Contains("只有管理员", refused, StringComparison.Ordinal);
        Assert.Contains("钱管理", refused, StringComparison.Ordinal);
        Assert.Equal(PersonRole.Staff, (await _factory.PersonAsync("wangwu")).Role);
    }

    [Theory]
    [InlineData("把王五改成", "什么角色")]
    [InlineData("分配第十三项", "分配给哪个处室")]
    [InlineData("第五项的完成时限改为年底", "新的完成时限")]
    [InlineData("set Wang Wu's role", "Which role")]
    public async Task AnIncompleteRequestSaysWhatIsMissingAndChangesNothing(string request, string missing)
    {
        await _factory.SetRoleAsync("wangwu", PersonRole.Staff);

        Assert.Contains(missing, TextOf(await _bot.AskAsync(request, Admin)), StringComparison.Ordinal);
        await _bot.AskAsync("确认", Admin);

        Assert.Equal(PersonRole.Staff, (await _factory.PersonAsync("wangwu")).Role);
    }

    [Fact]
    public async Task ANewRequestThatCannotBeAskedDropsTheOnePendingBeforeIt()
    {
        await _factory.SetRoleAsync("wangwu", PersonRole.Staff);
        await _bot.AskAsync("把王五改成管理员", Admin);

        await _bot.AskAsync("把王五改成", Admin);
        await _bot.AskAsync("确认", Admin);

        Assert.Equal(PersonRole.Staff, (await _factory.PersonAsync("wangwu")).Role);
    }

    [Fact]
    public async Task AnUnknownNameIsSaidSoAndNothingIsPending()
    {
        Assert.Contains("没有找到名为“赵无名”", TextOf(await _bot.AskAsync("把赵无名改成管理员", Admin)), StringComparison.Ordinal);
        Assert.DoesNotContain("请确认", TextOf(await _bot.AskAsync("确认", Admin)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAmbiguousNameIsAskedAboutThenTheChosenPersonChanges()
    {
        await _factory.AddPersonAsync("lilei-1", "李雷", PersonRole.Staff, "综合处");
        await _factory.AddPersonAsync("lilei-2", "李雷", PersonRole.Staff, "科技金融处");

        var asked = TextOf(await _bot.AskAsync("把李雷设为领导", Admin));
        Assert.Contains("lilei-1", asked, StringComparison.Ordinal);
        Assert.Contains("lilei-2", asked, StringComparison.Ordinal);
        Assert.Contains("lilei-2", TextOf(await _bot.AskAsync("lilei-2", Admin)), StringComparison.Ordinal);
        await _bot.AskAsync("确认", Admin);

        Assert.Equal(PersonRole.Staff, (await _factory.PersonAsync("lilei-1")).Role);
        Assert.Equal(PersonRole.Leader, (await _factory.PersonAsync("lilei-2")).Role);
    }

    [Theory]
    [InlineData("分配 第十三项 综合处 周主任 2024-09-30")]
    [InlineData("分配 十三 综合处 周主任 2024-09-30")]
    [InlineData("/assign 13 综合处 周主任 2024-09-30")]
    public async Task TheExplicitAssignCommandStillAssignsAtOnceWithChineseNumeralsToo(string command)
    {
        await _factory.ResetAssignmentAsync(13);

        Assert.Contains("13", TextOf(await _bot.AskAsync(command, Admin)), StringComparison.Ordinal);

        Assert.Equal(("综合处", "周主任", new DateOnly(2024, 9, 30)), await _factory.AssignmentAsync(13));
    }
}

/// <summary>The people and assignments the admin-request conversations change, read and reset through the operator.</summary>
internal static class AdminRequestLedger
{
    public static async Task<Person?> FindPersonAsync(this BotApplicationFactory factory, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().FindByReferenceAsync(id, null, CancellationToken.None);
    }

    public static async Task<Person> PersonAsync(this BotApplicationFactory factory, string id) =>
        await factory.FindPersonAsync(id) ?? throw new InvalidOperationException($"No person {id}.");

    public static async Task SetRoleAsync(this BotApplicationFactory factory, string id, PersonRole role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdministrationService>().SetRoleAsync(Actor.Operator("test"), id, role, CancellationToken.None);
    }

    public static async Task ResetAssignmentAsync(this BotApplicationFactory factory, int number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
            .AssignAsync(Actor.Operator("test"), number, "旧处室", "旧领导", new DateOnly(2030, 1, 1), null, CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.ToString());
    }

    public static async Task<(string? Department, string? Leader, DateOnly? Deadline)> AssignmentAsync(this BotApplicationFactory factory, int number)
    {
        var finding = await factory.FindingAsync(number);
        return (finding.ResponsibleDepartment, finding.ResponsibleLeader, finding.Deadline?.Date);
    }
}
