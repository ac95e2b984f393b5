using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Rectification.Domain.Generation;

/// <summary>
/// One parameterized INSERT for an entity type, prepared once and run per row on the context's connection and
/// transaction, bypassing change tracking: the fast path for writing a million generated rows.
/// </summary>
/// <remarks>
/// Table, columns and value conversions (enums by name, dates as the provider stores them) come from the EF model,
/// so the rows read back exactly as <c>SaveChanges</c> would have written them. The entities are not tracked: their
/// own key and foreign key stay unset, so the key is returned (RETURNING, understood by SQLite and PostgreSQL) and
/// the foreign key is given per row.
/// </remarks>
internal sealed class BulkInsert<TEntity> : IDisposable where TEntity : class
{
    private readonly DbCommand _command;
    private readonly Column[] _columns;
    private readonly DbParameter? _parent;
    private readonly bool _returnsKey;

    private BulkInsert(DbCommand command, Column[] columns, DbParameter? parent, bool returnsKey)
    {
        _command = command;
        _columns = columns;
        _parent = parent;
        _returnsKey = returnsKey;
    }

    /// <param name="parentKey">The foreign key given per row (e.g. "FindingId"); null for a root.</param>
    /// <param name="returnsKey">Whether <see cref="InsertAsync"/> returns the generated key (needed when rows refer to this one).</param>
    public static BulkInsert<TEntity> Prepare(DbContext db, string? parentKey, bool returnsKey)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");

        var columns = new List<Column>();
        DbParameter? parent = null;
        var names = new List<string>();
        var placeholders = new List<string>();
        foreach (var property in entityType.GetProperties().Where(p => p != key))
        {
            var name = "p" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mapping = property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName(name), value: null, nullable: property.IsNullable);
            command.Parameters.Add(parameter);
            names.Add(sql.DelimitIdentifier(property.GetColumnName()));
            placeholders.Add(sql.GenerateParameterNamePlaceholder(name));
            if (property.Name == parentKey)
            {
                parent = parameter;
            }
            else
            {
                columns.Add(new Column(property.GetGetter(), mapping.Converter, parameter));
            }
        }

        if (parentKey is not null && parent is null)
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name} has no property {parentKey}.");
        }

        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(entityType.GetTableName()!)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", placeholders)})"
            + (returnsKey ? $" RETURNING {sql.DelimitIdentifier(key.GetColumnName())}" : string.Empty);
        return new BulkInsert<TEntity>(command, [.. columns], parent, returnsKey);
    }

    /// <returns>The generated key when prepared with returnsKey; otherwise 0.</returns>
    public async Task<long> InsertAsync(TEntity entity, long? parentKey, CancellationToken cancellationToken)
    {
        if (_parent is not null)
        {
            _parent.Value = parentKey ?? throw new ArgumentNullException(nameof(parentKey));
        }

        foreach (var column in _columns)
        {
            var value = column.Getter.GetClrValueUsingContainingEntity(entity);
            column.Parameter.Value = (value is null ? null : column.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }

        if (!_returnsKey)
        {
            await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        return Convert.ToInt64(await _command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();

    private sealed record Column(IClrPropertyGetter Getter, ValueConverter? Converter, DbParameter Parameter);
}
