using System.Text;

namespace Rectification.Domain.Import;

/// <summary>The announcement shipped inside this assembly (embedded resource), used to seed a new ledger.</summary>
public static class BundledAnnouncement
{
    public const string DocumentName = "announcement-2024-06-18";

    // The project file embeds Import/Announcements/*.txt under the logical name Announcements.<file name>.
    private const string ResourceName = "Announcements." + DocumentName + ".txt";

    public static string ReadText()
    {
        using var stream = typeof(BundledAnnouncement).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(BundledAnnouncement).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static ParsedAnnouncement Parse() => AnnouncementParser.Parse(ReadText(), DocumentName);
}
