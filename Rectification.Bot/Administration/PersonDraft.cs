using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>A person to add: the channel user id (Teams AAD object id where present), name, role, department.</summary>
public sealed record PersonDraft(string ChannelUserId, string Name, PersonRole Role, string? Department = null, string? AadObjectId = null);
