namespace Rectification.Bot.Localization;

/// <summary>The help card's topics beyond asking and reporting: leaders', the digest's and administrators' (Cards/HelpCard).</summary>
public abstract partial class Texts
{
    /// <summary>Told to someone not registered where registration is required: they may ask, and whom to ask to report.</summary>
    public abstract string HelpUnregisteredNote { get; }

    public abstract string HelpSignOffTopic { get; }

    public abstract string HelpSignOffExample { get; }

    public abstract string HelpReopenTopic { get; }

    /// <summary>Reopening with its reason.</summary>
    public abstract string HelpReopenExample { get; }

    public abstract string HelpDigestTopic { get; }

    public abstract string HelpDigestNowExample { get; }

    public abstract string HelpSubscribeExample { get; }

    public abstract string HelpPeopleTopic { get; }

    public abstract string HelpAddPersonExample { get; }

    public abstract string HelpRoleExample { get; }

    /// <summary>The people list, for the administrators' try button.</summary>
    public abstract string HelpPeopleListExample { get; }

    public abstract string HelpAssignTopic { get; }

    public abstract string HelpAssignExample { get; }

    public abstract string HelpAssignDepartmentExample { get; }

    public abstract string HelpDeadlineExample { get; }

    /// <summary>A measure's own deadline of another kind: 第5项第2条长期坚持，2025-06-30复查.</summary>
    public abstract string HelpMeasureDeadlineExample { get; }
}
