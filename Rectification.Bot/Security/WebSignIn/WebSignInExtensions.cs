using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Rectification.Bot.Security.WebSignIn;

public static class WebSignInExtensions
{
    /// <summary>The sign-in cookie's name: one per bot, whatever else runs on the host.</summary>
    public const string CookieName = "rectification.signin";

    /// <summary>
    /// WebSignIn (validated at start) and, when it is on, sign-in with Entra ID: OpenID Connect with the
    /// authorization code and PKCE, then a cookie. Comes after <see cref="SecurityExtensions.AddSecurityMode"/>.
    /// </summary>
    public static WebApplicationBuilder AddWebSignIn(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebSignInOptions>().BindConfiguration(WebSignInOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebSignInOptions>, WebSignInOptionsValidator>());
        builder.Services.AddScoped<WebVisitors>();
        if (builder.Configuration.GetSection(WebSignInOptions.Section).Get<WebSignInOptions>() is { IsEnabled: true })
        {
            builder.Services.AddAuthentication(authentication =>
                {
                    authentication.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                    authentication.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
                })
                .AddCookie(ConfigureCookie)
                .AddOpenIdConnect();
            builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
                .Configure<IOptions<WebSignInOptions>>((oidc, signIn) => ConfigureOpenIdConnect(oidc, signIn.Value));
            builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
                .Configure<IOptions<WebSignInOptions>>((cookie, signIn) => cookie.ExpireTimeSpan = signIn.Value.SessionLifetime);
        }

        return builder;
    }

    /// <summary>Reads the sign-in cookie of each request (a no-op when sign-in is off).</summary>
    public static WebApplication UseWebSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<WebSignInOptions>>().Value.IsEnabled)
        {
            app.UseAuthentication();
        }

        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.HttpOnly = true;
        // Lax: sent when the person comes back from Entra ID (a top-level GET), never with another site's POST, so a
        // page elsewhere cannot get a chat token in the person's name.
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.SlidingExpiration = true;
        // The pages answer a stranger themselves (a 403 page in their language); nothing redirects to a login page.
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions oidc, WebSignInOptions signIn)
    {
        oidc.Authority = signIn.Authority;
        oidc.RequireHttpsMetadata = signIn.Authority.StartsWith(Uri.UriSchemeHttps + "://", StringComparison.OrdinalIgnoreCase);
        oidc.ClientId = signIn.ClientId;
        oidc.ClientSecret = signIn.ClientSecret;
        oidc.CallbackPath = WebSignInOptions.CallbackPath;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // The code comes back in the query of a top-level GET, so the correlation and nonce cookies can stay Lax and
        // need no cross-site POST (form_post would need SameSite=None, which browsers refuse without https).
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // Claims keep Entra's names (oid, name, preferred_username); the bot needs the id token only.
        oidc.MapInboundClaims = false;
        oidc.TokenValidationParameters.NameClaimType = WebVisitors.NameClaim;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.SaveTokens = false;
        oidc.Events.OnTokenValidated = context =>
        {
            if (context.Principal?.FindFirst(WebVisitors.ObjectIdClaim)?.Value is not { Length: > 0 })
            {
                context.Fail("The id token has no oid claim: the account cannot be matched to a person.");
            }

            return Task.CompletedTask;
        };
    }
}
