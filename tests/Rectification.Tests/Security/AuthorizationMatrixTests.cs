using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Security;

/// <summary>
/// Every mutating request in chat against every kind of person: each cell is allowed or refused, and every refusal
/// names whom to ask. Each cell is its own person (and so its own conversation), so that a confirmation one cell
/// leaves open never answers another. Unknown people may not report here (Reporting:AllowUnknownUsers=false, as in
/// Production). The command line has no person: its operator has the database at hand and is trusted with
/// everything (<see cref="ReportingPolicy.Decide"/>), which <c>AnOperatorOnTheCommandLineMayDoEveryChange</c> shows.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<AuthorizationMatrixTests.Ledger>
{
    private const string OwnDepartment = "办公室";
    private const string AdminName = "王管理";
    private const string LeaderName = "李领导";
    private readonly Ledger _ledger;

    // A request naming 王五 or 办公室 is answered in Chinese: "请联系…" is "Please ask…".
    private static readonly string[] WhomToAsk = ["Please ask", "请联系"];
    private const string NotUnderstood = "我没有理解";

    public AuthorizationMatrixTests(Ledger ledger) => _ledger = ledger;

    public enum Kind
    {
        Unknown,
        Deactivated,
        OwnDepartmentStaff,
        OtherDepartmentStaff,
        Leader,
        Admin,
    }

    /// <summary>Each request, and the kinds of person allowed it; every other kind is refused.</summary>
    private static readonly (string Request, Kind[] Allowed)[] Requests =
    [
        ("update 19.1: revised the procedure 50%", [Kind.OwnDepartmentStaff, Kind.Leader, Kind.Admin]),
        ("add evidence to 19.1: https://example.org/minutes-19", [Kind.OwnDepartmentStaff, Kind.Leader, Kind.Admin]),
        ("sign off item {completed} without evidence because it was checked on site", [Kind.Leader]),
        ("reopen {completed}: the problem came back", [Kind.Leader]),
        ("make 王五 an admin", [Kind.Admin]),
        ("add 张三 as staff of 办公室", [Kind.Admin]),
        ("link telegram 123456789 to 王五", [Kind.Admin]),
        ("assign item 13 to 科技金融处, leader 李局长, due 2024-12-31", [Kind.Admin]),
        ("set the deadline of item 5 to 2024-12-31", [Kind.Admin]),
        ("subscribe to the weekly digest", [Kind.Leader, Kind.Admin]),
    ];

    public static TheoryData<int, Kind> Cells()
    {
        var cells = new TheoryData<int, Kind>();
        for (var request = 0; request < Requests.Length; request++)
        {
            foreach (var kind in Enum.GetValues<Kind>())
            {
                cells.Add(request, kind);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachPersonIsAllowedOrRefusedEachChangeAndEveryRefusalNamesWhomToAsk(int request, Kind kind)
    {
        var (template, allowed) = Requests[request];
        var user = await _ledger.PersonAsync(kind, request);
        var message = template.Replace("{completed}", (await _ledger.CompletedFindingAsync(request)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var historyBefore = await _ledger.Factory.HistoryCountAsync(19);

        var reply = TextOf(await _ledger.Client.AskAsync(message, user));

        Assert.DoesNotContain("didn't understand", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood, reply, StringComparison.Ordinal);

        if (allowed.Contains(kind))
        {
            Assert.DoesNotContain(WhomToAsk, marker => reply.Contains(marker, StringComparison.Ordinal));
            Assert.DoesNotContain("Only a", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("只有", reply, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(WhomToAsk, marker => reply.Contains(marker, StringComparison.Ordinal));
            Assert.True(reply.Contains(AdminName, StringComparison.Ordinal) || reply.Contains(LeaderName, StringComparison.Ordinal), reply);
            if (request == 0)
            {
                Assert.Equal(historyBefore, await _ledger.Factory.HistoryCountAsync(19));
            }
        }
    }

    [Fact]
    public async Task AnOperatorOnTheCommandLineMayDoEveryChange()
    {
        await using var scope = _ledger.Factory.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<AdministrationService>();
        var operatorActor = Actor.Operator("ops");

        var added = await administration.AddPersonAsync(operatorActor,
            new PersonDraft(new ChannelIdentity(IdentityRealm.Microsoft, "cli-added"), "命令行", PersonRole.Staff, OwnDepartment), CancellationToken.None);
        var role = await administration.SetRoleAsync(operatorActor, "cli-added", PersonRole.Leader, CancellationToken.None);
        var assigned = await administration.AssignAsync(operatorActor, 13, "科技金融处", null, null, null, CancellationToken.None);
        var removed = await administration.RemovePersonAsync(operatorActor, "cli-added", CancellationToken.None);

        Assert.Equal(PersonChangeKind.Added, added.Kind);
        Assert.Equal(PersonChangeKind.Updated, role.Kind);
        Assert.True(assigned.Succeeded, assigned.ToString());
        Assert.Equal(PersonChangeKind.Removed, removed.Kind);
        var finding = await _ledger.Factory.FindingAsync(19);
        Assert.All(Enum.GetValues<ReportingAction>(), action =>
            Assert.True(ReportingPolicy.Decide(action, operatorActor, finding, allowUnknown: false).IsAllowed));
    }

    /// <summary>The bot and its people: one person per kind and request, created when first asked for.</summary>
    public sealed class Ledger : IAsyncLifetime, IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly HashSet<string> _people = [];
        private List<int>? _completed;

        public Ledger()
        {
            Factory = new BotApplicationFactory().With("Reporting:AllowUnknownUsers", "false");
            Factory.StartServer();
            Client = new BotClient(Factory.CreateClient());
        }

        public BotApplicationFactory Factory { get; }

        public BotClient Client { get; }

        public async Task InitializeAsync()
        {
            await Factory.AddPersonAsync("matrix-admin", AdminName, PersonRole.Admin);
            await Factory.AddPersonAsync("matrix-leader", LeaderName, PersonRole.Leader);
            await Factory.AddPersonAsync("matrix-wangwu", "王五", PersonRole.Staff, OwnDepartment);
            await Factory.AssignAsync(19, OwnDepartment);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        /// <summary>A completed finding of its own for each request, so one cell's sign-off or reopening leaves the others theirs.</summary>
        public async Task<int> CompletedFindingAsync(int request)
        {
            if (_completed is null)
            {
                await using var scope = Factory.Services.CreateAsyncScope();
                var findings = await scope.ServiceProvider.GetRequiredService<LedgerQueries>().ListFindingsAsync(FindingStatusFilter.Completed, CancellationToken.None);
                _completed = findings.Select(f => f.Number).ToList();
            }

            return _completed[request % _completed.Count];
        }

        public async Task<string> PersonAsync(Kind kind, int request)
        {
            var id = $"matrix-{kind}-{request}".ToLowerInvariant();
            await _gate.WaitAsync();
            try
            {
                if (kind != Kind.Unknown && _people.Add(id))
                {
                    await RegisterAsync(id, kind, request);
                }
            }
            finally
            {
                _gate.Release();
            }

            return id;
        }

        private async Task RegisterAsync(string id, Kind kind, int request)
        {
            var name = $"{kind}{request}";
            switch (kind)
            {
                case Kind.Deactivated:
                    await Factory.AddPersonAsync(id, name, PersonRole.Staff, OwnDepartment);
                    await using (var scope = Factory.Services.CreateAsyncScope())
                    {
                        var removed = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
                            .RemovePersonAsync(Actor.Operator("test"), id, CancellationToken.None);
                        Assert.Equal(PersonChangeKind.Removed, removed.Kind);
                    }

                    break;
                case Kind.OwnDepartmentStaff:
                    await Factory.AddPersonAsync(id, name, PersonRole.Staff, OwnDepartment);
                    break;
                case Kind.OtherDepartmentStaff:
                    await Factory.AddPersonAsync(id, name, PersonRole.Staff, "风险处");
                    break;
                case Kind.Leader:
                    await Factory.AddPersonAsync(id, name, PersonRole.Leader);
                    break;
                default:
                    await Factory.AddPersonAsync(id, name, PersonRole.Admin);
                    break;
            }
        }

        public void Dispose()
        {
            _gate.Dispose();
            Factory.Dispose();
        }
    }
}
