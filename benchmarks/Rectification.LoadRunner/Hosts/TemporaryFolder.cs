namespace Rectification.LoadRunner.Hosts;

internal static class TemporaryFolder
{
    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A database file still held open must not fail the run; the OS cleans the temp folder later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
