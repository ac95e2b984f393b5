using Rectification.Domain.People;

namespace Rectification.Bot.Security.WebSignIn;

/// <summary>Who is at a web page, as far as the pages care: what the page may show them.</summary>
public abstract record WebVisitor
{
    private WebVisitor()
    {
    }

    /// <summary>No sign-in is asked (Development without WebSignIn): the page is open, the chat's user is made up.</summary>
    public sealed record Open : WebVisitor;

    /// <summary>Sign-in is asked and this browser has not signed in: it is sent to sign in.</summary>
    public sealed record Anonymous : WebVisitor;

    /// <summary>In Production with WebSignIn:Enabled false: no page is served.</summary>
    public sealed record NoPages : WebVisitor;

    /// <summary>Signed in with an account the people directory does not have (or a removed person's): shown nothing.</summary>
    public sealed record Stranger(string AccountName) : WebVisitor;

    /// <summary>
    /// Signed in as a registered person. <paramref name="ObjectId"/> is the Entra object id, the account's id in the
    /// microsoft realm (the id Teams sends as the AAD object id), so a chat as it is that person's.
    /// </summary>
    public sealed record Member(Person Person, string ObjectId) : WebVisitor;
}
