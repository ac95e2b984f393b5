namespace Rectification.Bot.Cards;

/// <summary>Whom the help card is for: each sees what they can do.</summary>
public enum HelpAudience
{
    /// <summary>Not registered where registration is required (production mode): may only ask.</summary>
    Unregistered,

    /// <summary>Staff (and, where Reporting:AllowUnknownUsers is in force, people the bot does not know): ask, and report on their department's findings.</summary>
    Staff,

    /// <summary>Leaders: ask, report, sign off and reopen, the weekly digest.</summary>
    Leader,

    /// <summary>Administrators: ask, report, the weekly digest, people, roles, assignments and deadlines.</summary>
    Admin,
}
