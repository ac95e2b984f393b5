using Microsoft.AspNetCore.Authentication;
using Rectification.Bot.Security.WebSignIn;
using Rectification.Domain.People;

namespace Rectification.Bot.Web;

/// <summary>
/// Who may see a web page: anyone when no sign-in is asked (Development), a registered person once signed in with
/// Entra ID; a browser that has not signed in is sent to sign in, an account the bot does not know gets a 403 page
/// in its language saying whom to ask, and in Production without sign-in there is no page at all.
/// </summary>
public static class WebFrontDoor
{
    /// <summary>The pages' guard, on an endpoint or a group.</summary>
    public static TBuilder RequireWebVisitor<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var visitor = await http.RequestServices.GetRequiredService<WebVisitors>().IdentifyAsync(http);
            return visitor switch
            {
                WebVisitor.Open or WebVisitor.Member => await next(context),
                WebVisitor.Anonymous => Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString }),
                WebVisitor.Stranger stranger => await RefuseAsync(http, stranger),
                _ => Results.NotFound(),
            };
        });

    private static async Task<IResult> RefuseAsync(HttpContext http, WebVisitor.Stranger stranger)
    {
        var texts = PageLanguage.For(http.Request);
        var admins = await http.RequestServices.GetRequiredService<PeopleDirectory>().ContactsAsync(PersonRole.Admin, http.RequestAborted);
        var body = $"""
                <p class="problem">{WebLayout.Encode(texts.WebStranger(stranger.AccountName))}</p>
                <p>{WebLayout.Encode(texts.WhomToAsk(PersonRole.Admin, [.. admins.Select(a => a.Name)]))}</p>
            """;
        return WebLayout.Notice(texts, texts.WebStrangerTitle, body, StatusCodes.Status403Forbidden);
    }
}
