using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>把王五改成管理员, "make Wang Wu an admin": a person named by name or user id, and the new role (null: not given).</summary>
public sealed record SetRoleRequestIntent(string Person, PersonRole? Role) : AdminRequestIntent;
