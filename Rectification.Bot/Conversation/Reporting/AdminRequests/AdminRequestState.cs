using Rectification.Domain.Findings;
using Rectification.Bot.Localization;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Reporting.AdminRequests;

/// <summary>Which administration command a pending request will run once confirmed.</summary>
public enum AdminRequestKind
{
    SetRole,
    AddPerson,
    Assign,

    /// <summary>Link another account to a registered person.</summary>
    LinkIdentity,
}

/// <summary>Someone who wrote to the bot recently (or was mentioned) and may be the new person an administrator named.</summary>
public sealed record AdminRequestAccount(string Realm, string UserId, string? AlternateUserId, string Name, DateTime SeenAtUtc);

/// <summary>
/// A pending administrator's request, stored as the admin-request dialog's values: what will change, and for a
/// person named ambiguously, the user ids to choose from. Nothing of it is applied before "confirm".
/// </summary>
public sealed record AdminRequestState
{
    public AdminRequestKind Kind { get; init; }

    /// <summary>The language of the request: a user id or "yes" answered later says nothing about the language.</summary>
    public Language Language { get; init; }

    /// <summary>
    /// The person: an existing person's key, or the new person's account id; null until it is known (an ambiguous
    /// name, a new person the bot has not met).
    /// </summary>
    public string? PersonId { get; init; }

    /// <summary>The realm of a new person's account (<see cref="IdentityRealm"/>), or of the account to link.</summary>
    public string PersonRealm { get; init; } = IdentityRealm.Microsoft;

    /// <summary>A new person's second account id, when the channel sent one (Teams' AAD object id).</summary>
    public string? PersonAlternateId { get; init; }

    /// <summary>For <see cref="AdminRequestKind.LinkIdentity"/>: the account id to link to the person.</summary>
    public string? LinkUserId { get; init; }

    /// <summary>The recent visitors a new person's name stands for, in the order offered.</summary>
    public IReadOnlyList<AdminRequestAccount> Accounts { get; init; } = [];

    /// <summary>Whether the opening request settled the person, so the dialog does not ask.</summary>
    public bool PersonGiven { get; init; }

    public string PersonName { get; init; } = string.Empty;

    /// <summary>The user ids an ambiguous name stands for, in the order offered.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    public PersonRole? CurrentRole { get; init; }

    public PersonRole? Role { get; init; }

    public string? Department { get; init; }

    public int FindingNumber { get; init; }

    public string? Leader { get; init; }

    /// <summary>The deadline's date: a dated deadline's day, or an ongoing one's review date.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The deadline's kind; null with a date means a dated deadline (requests stored before the kinds existed).</summary>
    public DeadlineKind? DeadlineKind { get; init; }

    /// <summary>The measure whose own deadline is set; null for the finding's.</summary>
    public int? MeasureOrdinal { get; init; }

    /// <summary>The deadline the request sets, if any (a method, so it is not stored twice).</summary>
    public Domain.Findings.Deadline? RequestedDeadline() => (DeadlineKind, Deadline) switch
    {
        (Domain.Findings.DeadlineKind.Immediately, _) => Domain.Findings.Deadline.Immediately(Deadline),
        (Domain.Findings.DeadlineKind.Ongoing, var review) => Domain.Findings.Deadline.Ongoing(review),
        (_, { } date) => Domain.Findings.Deadline.On(date),
        _ => null,
    };

    /// <summary>The same request with <paramref name="deadline"/> to set.</summary>
    public AdminRequestState WithDeadline(Domain.Findings.Deadline? deadline) =>
        this with { Deadline = deadline?.Date, DeadlineKind = deadline?.Kind };
}
