"""Database helpers for batches of hundreds of rows, shared by the apps.

- `field__any=[...]` is `field__in=[...]` sent to PostgreSQL as `field = ANY(%s::type[])`:
  one bound array instead of one placeholder per value. PostgreSQL plans both the same, but
  psycopg scans the SQL for every placeholder, which for a few thousand values costs more
  than the query (Django ticket #37211 proposes the same for `__in`). Other databases get
  the plain `IN (...)`.
- `insert_rows` writes many narrow rows without building a model instance for each: COPY on
  PostgreSQL, executemany elsewhere.
- `update_rows` sets different values on many rows, each found by its primary key: one
  statement sent with executemany (psycopg pipelines it), where Django's bulk_update builds
  a CASE over every row for every column.
- `insert_together` saves a few new instances (rows of different tables that belong
  together) in one statement on PostgreSQL, where a transaction would cost a round trip
  for each of BEGIN, every INSERT and COMMIT; in a transaction elsewhere.
"""

from functools import cache
from typing import Any, cast

from django.core.exceptions import EmptyResultSet
from django.db import connections, models, router, transaction
from django.db.models.fields.related import ForeignObject
from django.db.models.fields.related_lookups import RelatedIn
from django.db.models.lookups import In
from django.db.models.sql import InsertQuery


class _AnyOf:
    lookup_name = "any"

    def as_postgresql(self, compiler: Any, connection: Any) -> tuple[str, Any]:
        lookup = cast("In", self)
        if not lookup.rhs_is_direct_value():
            return lookup.as_sql(compiler, connection)
        # get_prep_lookup has already dropped None and repeated values.
        field = lookup.lhs.output_field
        values = [field.get_db_prep_value(value, connection, prepared=True) for value in lookup.rhs]
        if not values:
            raise EmptyResultSet
        lhs_sql, lhs_params = lookup.process_lhs(compiler, connection)
        return f"{lhs_sql} = ANY(%s::{field.cast_db_type(connection)}[])", [*lhs_params, values]


@models.Field.register_lookup
class AnyOf(_AnyOf, In):
    pass


@ForeignObject.register_lookup
class RelatedAnyOf(_AnyOf, RelatedIn):
    """The same through a foreign key (`pk` of a sample, `conversation_id`)."""


def insert_rows(model: type[models.Model], fields: list[str], rows: list[tuple[Any, ...]]) -> None:
    """INSERT rows given as tuples in the order of `fields`, values prepared as the ORM would.

    For thousands of small rows (filter results, LSH bands), bulk_create's model instances
    cost more than the work that produced the rows.
    """
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    # Concrete columns only (no reverse relations), so each has .column and get_db_prep_save.
    model_fields = [cast("models.Field[Any, Any]", model._meta.get_field(name)) for name in fields]
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(f.column) for f in model_fields)
    # Values repeat (a sample's id on each of its results, one timestamp per batch):
    # prepare each distinct value once per column.
    memo: list[dict[Any, Any]] = [{} for _ in fields]
    prepared = []
    for row in rows:
        values = []
        for column, (field, value) in enumerate(zip(model_fields, row, strict=True)):
            if value not in memo[column]:
                memo[column][value] = field.get_db_prep_save(value, connection)
            values.append(memo[column][value])
        prepared.append(tuple(values))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row_values in prepared:
                    copy.write_row(row_values)
        else:
            placeholders = ", ".join(["%s"] * len(fields))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", prepared)


def update_rows(model: type[models.Model], fields: list[str], rows: list[tuple[Any, ...]]) -> None:
    """UPDATE rows given as tuples (primary key, then values in the order of `fields`), values
    prepared as the ORM would."""
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    model_fields = [cast("models.Field[Any, Any]", model._meta.get_field(name)) for name in fields]
    pk = cast("models.Field[Any, Any]", model._meta.pk)
    assignments = ", ".join(f"{quote(f.column)} = %s" for f in model_fields)
    prepared = [
        (
            *(
                field.get_db_prep_save(value, connection)
                for field, value in zip(model_fields, values, strict=True)
            ),
            pk.get_db_prep_value(key, connection),
        )
        for key, *values in rows
    ]
    sql = f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE {quote(pk.column)} = %s"
    with connection.cursor() as cursor:
        cursor.executemany(sql, prepared)


def insert_together(*objects: models.Model, using: str = "default") -> None:
    """INSERT new instances all or none, each with its primary key already set.

    Each row goes in by the INSERT Django's compiler writes for its model, with its values
    prepared as save() prepares them (auto_now_add and defaults filled in); save signals are
    not sent and expressions are refused. On PostgreSQL the INSERTs are one statement, all but
    the last in a data-modifying WITH: one round trip in autocommit (a savepoint around it
    inside a transaction); foreign keys between the rows are checked at commit (Django makes
    them DEFERRABLE INITIALLY DEFERRED), so their order does not matter. Elsewhere they run
    one after the other in a transaction.
    """
    if any(obj.pk is None for obj in objects):
        raise ValueError("insert_together needs primary keys set before the insert")
    connection = connections[using]
    statements: list[tuple[str, list[Any]]] = []
    for obj in objects:
        sql, fields = _insert_statement(type(obj), using)
        values = [field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields]
        if any(hasattr(value, "resolve_expression") for value in values):
            raise ValueError("insert_together takes values, not expressions")
        statements.append((sql, values))
    if connection.vendor == "postgresql":
        *first, (last, params) = statements
        with_clause = ", ".join(f"i{n} AS ({sql})" for n, (sql, _) in enumerate(first))
        combined = f"WITH {with_clause} {last}" if first else last
        params = [value for _, values in first for value in values] + params
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                with transaction.atomic(using=using):
                    cursor.execute(combined, params)
            else:
                cursor.execute(combined, params)
    else:
        with transaction.atomic(using=using), connection.cursor() as cursor:
            for sql, values in statements:
                cursor.execute(sql, values)
    for obj in objects:
        obj._state.adding = False
        obj._state.db = using


@cache
def _insert_statement(model: type[models.Model], using: str) -> tuple[str, list[Any]]:
    """The INSERT of one row of `model` and the fields in the order of its placeholders.

    The statement Django's insert compiler writes for the model, built once: compiling it
    for every row costs more than preparing the row's values (insert_together's callers
    insert one row per table, on every request).
    """
    fields = [f for f in model._meta.local_concrete_fields if not f.generated]
    query = InsertQuery(model)
    query.insert_values(fields, [model()])
    ((sql, _),) = query.get_compiler(using=using).as_sql()
    if sql.count("%s") != len(fields) or any(hasattr(f, "get_placeholder") for f in fields):
        raise NotImplementedError(f"{model.__name__} has a field with its own placeholder")
    return sql, fields
