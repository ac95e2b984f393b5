using Microsoft.Extensions.Options;
using Rectification.Bot.Security;

namespace Rectification.Bot.Api;

/// <summary>
/// In Production the API needs a key, so a deployment without one refuses to start: a clear refusal at start-up
/// rather than an API that answers every integration 401 and looks broken.
/// </summary>
internal sealed class ApiKeyOptionsValidator(SecurityPolicy security) : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options) =>
        !security.LedgerApiNeedsKey || options.UsableKeys.Any()
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(security.Requires(
                $"the ledger API needs at least one key in {ApiKeyOptions.KeysKey} (e.g. Api__Keys__0=<a long random key>), " +
                $"presented by integrations in {ApiKeyOptions.HeaderName}."));
}
