namespace Rectification.Bot.Conversation.Reporting.AdminRequests;

/// <summary>What an administrator's request left out, so the answer can name it.</summary>
public enum AdminRequestPart
{
    Role,
    NewPersonRole,
    Department,
    Deadline,
}
