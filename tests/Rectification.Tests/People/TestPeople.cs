using Rectification.Domain.People;

namespace Rectification.Tests.People;

/// <summary>People for tests: known by one Microsoft account whose id is also their key, as the command line registers them.</summary>
internal static class TestPeople
{
    public static Person Microsoft(string id, string name, PersonRole role, string? department, DateTime at, string? alternateId = null) =>
        new(id, new ChannelIdentity(IdentityRealm.Microsoft, id, alternateId), name, role, department, at);
}
