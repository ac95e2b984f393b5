using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>A person to add: the account they are known by (realm and ids), name, role, department, and whether they head it.</summary>
public sealed record PersonDraft(ChannelIdentity Identity, string Name, PersonRole Role, string? Department = null, bool DepartmentHead = false);
