using System.Security.Claims;
using Microsoft.Extensions.Options;
using Rectification.Domain.People;

namespace Rectification.Bot.Security.WebSignIn;

/// <summary>
/// Tells who is at a web page: the signed-in Entra account, looked up at every request in the people directory by
/// its object id in the microsoft realm (where Teams accounts keep the same id), so a removed person or a changed
/// role counts at once, whatever the sign-in cookie says.
/// </summary>
public sealed class WebVisitors(IOptions<WebSignInOptions> options, SecurityPolicy policy, PeopleDirectory people)
{
    /// <summary>The Entra object id: the same for the account in every app of the tenant, and in Teams.</summary>
    public const string ObjectIdClaim = "oid";

    public const string NameClaim = "name";

    public const string UserNameClaim = "preferred_username";

    /// <summary>The channel recorded with what a signed-in person does through the web.</summary>
    private const string WebChannel = "web";

    public async Task<WebVisitor> IdentifyAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!options.Value.IsEnabled)
        {
            return policy.Mode == SecurityMode.Development ? new WebVisitor.Open() : new WebVisitor.NoPages();
        }

        var user = http.User;
        if (user.Identity is not { IsAuthenticated: true } || Claim(user, ObjectIdClaim) is not { } objectId)
        {
            return new WebVisitor.Anonymous();
        }

        var name = Claim(user, NameClaim) ?? Claim(user, UserNameClaim) ?? objectId;
        var actor = await people.IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, objectId, DisplayName: name), WebChannel, http.RequestAborted);
        return actor.Person is { Active: true } person
            ? new WebVisitor.Member(person, objectId)
            : new WebVisitor.Stranger(Claim(user, UserNameClaim) ?? name);
    }

    private static string? Claim(ClaimsPrincipal user, string type) => user.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
}
