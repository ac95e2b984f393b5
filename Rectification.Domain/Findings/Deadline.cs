using System.Globalization;

namespace Rectification.Domain.Findings;

/// <summary>
/// A deadline as the office writes it: 立行立改 (immediately), a date, or 长期坚持 (ongoing, optionally with a review
/// date). A value: two deadlines of the same kind and date are equal. Stored as the kind's name and the date.
/// </summary>
/// <remarks>
/// <see cref="Date"/> is the due date of a dated deadline, the day an immediate one took effect (the inspection's
/// feedback date: 立行立改 means from the feedback on) and the review date of an ongoing one. An immediate deadline read
/// from a message or a file carries no date until the finding it is set on resolves it (<see cref="ResolvedFrom"/>).
/// </remarks>
public sealed record Deadline
{
    /// <summary>The ledger's own words (its export, its import and its history read them).</summary>
    public const string ImmediatelyWords = "立行立改";

    public const string OngoingWords = "长期坚持";

    private const string DateFormat = "yyyy-MM-dd";

    private Deadline(DeadlineKind kind, DateOnly? date)
    {
        Kind = kind;
        Date = date;
    }

    public DeadlineKind Kind { get; private init; }

    public DateOnly? Date { get; private init; }

    public static Deadline On(DateOnly date) => new(DeadlineKind.OnDate, date);

    /// <summary>A date is a deadline (the kind deadlines were before the others existed).</summary>
    public static implicit operator Deadline(DateOnly date) => On(date);

    /// <summary>The named form of the conversion from a date.</summary>
    public static Deadline FromDateOnly(DateOnly date) => On(date);

    /// <summary>立行立改; without <paramref name="from"/> it takes the feedback date when it is set on a finding.</summary>
    public static Deadline Immediately(DateOnly? from = null) => new(DeadlineKind.Immediately, from);

    public static Deadline Ongoing(DateOnly? reviewOn = null) => new(DeadlineKind.Ongoing, reviewOn);

    /// <summary>The day it counts as due, for overdue and the ladder; none for ongoing work, which is never overdue.</summary>
    public DateOnly? DueOn => Kind == DeadlineKind.Ongoing ? null : Date;

    /// <summary>The day reminders chase: the due day, or the review date of ongoing work.</summary>
    public DateOnly? ChaseOn => Date;

    public bool CanBeOverdue => Kind != DeadlineKind.Ongoing;

    /// <summary>An immediate deadline without its day takes <paramref name="from"/>; every other deadline is as it is.</summary>
    public Deadline ResolvedFrom(DateOnly from) => Kind == DeadlineKind.Immediately && Date is null ? this with { Date = from } : this;

    /// <summary>
    /// Whether setting this deadline over <paramref name="current"/> changes nothing: the same value, or 立行立改 over
    /// 立行立改 (whatever day the current one took effect).
    /// </summary>
    public bool Repeats(Deadline? current) =>
        current is not null && (Equals(current) || (Kind == DeadlineKind.Immediately && Date is null && current.Kind == DeadlineKind.Immediately));

    /// <summary>The ledger's wording: 立行立改, 2024-09-30, 长期坚持 or 长期坚持（2025-06-30复查）.</summary>
    public string LedgerText() => Kind switch
    {
        DeadlineKind.Immediately => ImmediatelyWords,
        DeadlineKind.Ongoing when Date is { } review => $"{OngoingWords}（{Iso(review)}复查）",
        DeadlineKind.Ongoing => OngoingWords,
        _ => Iso(Date!.Value),
    };

    /// <summary>The deadline a ledger cell or a command-line value states, or null when it states none of the three.</summary>
    public static Deadline? ParseLedgerText(string text, DateOnly? reviewOn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value == ImmediatelyWords)
        {
            return Immediately();
        }

        if (value.StartsWith(OngoingWords, StringComparison.Ordinal))
        {
            var rest = value[OngoingWords.Length..].Trim(' ', '（', '）', '(', ')', '，', ',');
            if (rest.Length == 0)
            {
                return Ongoing(reviewOn);
            }

            rest = rest.EndsWith("复查", StringComparison.Ordinal) ? rest[..^2].Trim() : rest;
            return ParseDate(rest) is { } review ? Ongoing(review) : null;
        }

        return ParseDate(value) is { } date ? On(date) : null;
    }

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        || DateOnly.TryParseExact(value, "yyyy/M/d", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(value, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;

    private static string Iso(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
