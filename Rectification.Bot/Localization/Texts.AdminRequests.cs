using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

/// <summary>Administrators' requests in plain words, confirmed before anything changes (Conversation/Reporting/AdminRequests).</summary>
public abstract partial class Texts
{
    /// <summary>What a request left out, with an example of the whole request.</summary>
    public abstract string AdminRequestMissing(AdminRequestPart part, string subject);

    /// <summary>No active person has this name or user id.</summary>
    public abstract string AdminPersonNotFound(string name);

    /// <summary>Several active people have this name: which one (their lines follow).</summary>
    public abstract string AskWhichPerson(string name, int count);

    public abstract string NotOneOfThesePeople(int count);

    /// <summary>A new person's channel user id, which the bot cannot know from a name.</summary>
    public abstract string AskUserId(string name);

    public abstract string NotAUserId { get; }

    /// <summary>A new person's id that someone already has.</summary>
    public abstract string UserIdTaken(string id, string name);

    public abstract string HelpStepAdminPerson { get; }

    public abstract string HelpStepAdminConfirm { get; }

    public abstract string ConfirmRoleChange(string name, string id, PersonRole? current, PersonRole role);

    public abstract string ConfirmAddPerson(string name, string id, PersonRole role, string? department);

    public abstract string ConfirmAssignment(int finding, string? department, string? leader, Deadline? deadline);

    /// <summary>请确认：将第5项第2条的完成时限改为长期坚持（…复查）？</summary>
    public abstract string ConfirmMeasureDeadline(int finding, int measure, Deadline deadline);

    /// <summary>Asked after every confirmation question.</summary>
    public abstract string ConfirmOrCancel { get; }
}
