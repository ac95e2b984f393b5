namespace Rectification.Bot.Security;

/// <summary>How much the bot trusts whoever reaches it; said explicitly in <c>Security:Mode</c>, never inferred.</summary>
public enum SecurityMode
{
    /// <summary>On a developer's machine: no credentials needed, the API open, unknown people may report.</summary>
    Development,

    /// <summary>Deployed: every channel authenticates its callers and the ledger API needs a key.</summary>
    Production,
}
