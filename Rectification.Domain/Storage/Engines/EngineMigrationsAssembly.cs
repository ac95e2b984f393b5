using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rectification.Domain.Storage.Engines;

/// <summary>
/// The migrations of one context for one engine. Each context's assembly holds one folder of migrations per engine,
/// generated from the same model (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>); EF Core would otherwise
/// take every migration of the context's type, whatever the engine. A migration or snapshot belongs to the engine
/// whose name ends its namespace. The migrations live beside their context, in the context's assembly.
/// </summary>
public sealed class EngineMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type contextType;
    private readonly string engineNamespaceSuffix;
    private readonly IMigrationsIdGenerator idGenerator;
    private IReadOnlyDictionary<string, TypeInfo>? migrations;
    private ModelSnapshot? modelSnapshot;
    private bool snapshotLooked;

    public EngineMigrationsAssembly(ICurrentDbContext currentContext, IDatabaseProvider provider, IMigrationsIdGenerator idGenerator)
    {
        ArgumentNullException.ThrowIfNull(currentContext);
        ArgumentNullException.ThrowIfNull(provider);
        contextType = currentContext.Context.GetType();
        Assembly = contextType.Assembly;
        engineNamespaceSuffix = "." + DatabaseEngine.OfProvider(provider.Name).Name;
        this.idGenerator = idGenerator;
    }

    public Assembly Assembly { get; }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => migrations ??= FindMigrations();

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!snapshotLooked)
            {
                modelSnapshot = OwnTypes<ModelSnapshot>().Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!).SingleOrDefault();
                snapshotLooked = true;
            }

            return modelSnapshot;
        }
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(idGenerator.IsValidId(nameOrId)
        ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        : id => string.Equals(idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private SortedList<string, TypeInfo> FindMigrations()
    {
        var found = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in OwnTypes<Migration>())
        {
            if (type.GetCustomAttribute<MigrationAttribute>() is { } attribute)
            {
                found.Add(attribute.Id, type);
            }
        }

        return found;
    }

    /// <summary>The constructible subclasses of <typeparamref name="T"/> that belong to this context and this engine.</summary>
    private IEnumerable<TypeInfo> OwnTypes<T>() => Assembly.DefinedTypes.Where(type =>
        type.IsSubclassOf(typeof(T))
        && !type.IsAbstract
        && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType
        && type.Namespace?.EndsWith(engineNamespaceSuffix, StringComparison.Ordinal) == true);
}
