using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Rectification.Bot.Storage;

/// <summary>
/// Button data kept in the database for channels whose buttons carry only a short key. Shared by every instance,
/// and kept across restarts, so a button in an old message still works.
/// </summary>
public sealed class ButtonDataStore(BotStateDbContext db, TimeProvider clock)
{
    /// <summary>Characters of the key: 20 base64url characters, 120 bits of a SHA-256 of the data.</summary>
    public const int KeyLength = 20;

    /// <summary>Stores the data (once: the key is the data's hash) and returns its key.</summary>
    public async Task<string> SaveAsync(string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        var key = KeyOf(json);
        if (await db.ButtonData.AnyAsync(b => b.Key == key, cancellationToken))
        {
            return key;
        }

        var row = db.ButtonData.Add(new ButtonData(key, json, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same data at the same moment: the key is the same.
            row.State = EntityState.Detached;
        }

        return key;
    }

    public async Task<string?> FindAsync(string key, CancellationToken cancellationToken) =>
        await db.ButtonData.AsNoTracking().Where(b => b.Key == key).Select(b => b.Json).FirstOrDefaultAsync(cancellationToken);

    private static string KeyOf(string json) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(json)))
            .Replace('+', '-').Replace('/', '_')[..KeyLength];
}
