namespace Rectification.Tests.Infrastructure;

/// <summary>The repository's root folder (the one holding Rectification.sln), found upwards from the test output.</summary>
public static class RepositoryFolder
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Rectification.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }
}
