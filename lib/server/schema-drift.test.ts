import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@/tests/databases';
import { readPrismaSchema } from '@/tests/prisma-schema';
import type { Database } from './db';

/**
 * Migrations are hand-written (Prisma's schema engine cannot be fetched here), so this
 * proves schema.prisma and the migrated database agree: tables, columns, types,
 * nullability, enums, keys, unique constraints, indexes and foreign keys.
 */
const PG_TYPE: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp without time zone',
  Json: 'jsonb',
  BigInt: 'bigint',
};
const ON_DELETE: Record<string, string> = { Cascade: 'CASCADE', SetNull: 'SET NULL', Restrict: 'RESTRICT', NoAction: 'NO ACTION' };

describe('schema.prisma and the migrated Postgres database agree', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase('postgres')));
  afterAll(async () => cleanup?.());
  const schema = readPrismaSchema();

  it('has every enum with the same values', async () => {
    const rows = await db.raw.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const inDb = new Map(rows.map((r) => [r.typname, r.labels]));
    for (const [name, values] of schema.enums) expect(inDb.get(name), name).toEqual(values);
    expect([...inDb.keys()].sort()).toEqual([...schema.enums.keys()].sort());
  });

  it('has exactly the modelled tables and columns, with matching types and nullability', async () => {
    const columns = await db.raw.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const tables = new Set(columns.map((c) => c.table_name));
    expect([...tables].sort()).toEqual(schema.models.map((m) => m.table).sort());
    for (const model of schema.models) {
      const inDb = columns.filter((c) => c.table_name === model.table);
      expect(inDb.map((c) => c.column_name).sort(), model.name).toEqual(model.fields.map((f) => f.name).sort());
      for (const field of model.fields) {
        const column = inDb.find((c) => c.column_name === field.name)!;
        const where = `${model.name}.${field.name}`;
        if (field.list) {
          expect(column.data_type, where).toBe('ARRAY');
          expect(column.udt_name, where).toBe(`_${PG_TYPE[field.type] === 'text' ? 'text' : field.type}`);
        } else if (schema.enums.has(field.type)) {
          expect(column.data_type, where).toBe('USER-DEFINED');
          expect(column.udt_name, where).toBe(field.type);
        } else {
          expect(column.data_type, where).toBe(PG_TYPE[field.type]);
        }
        // Prisma creates scalar lists without NOT NULL; everything else follows `?`.
        expect(column.is_nullable, where).toBe(field.optional || field.list ? 'YES' : 'NO');
      }
    }
  });

  it('has the primary keys, unique constraints and indexes the schema declares', async () => {
    const indexes = await db.raw.query<{ table: string; columns: string[]; unique: boolean; primary: boolean }>(
      `SELECT t.relname AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns, ix.indisunique AS unique, ix.indisprimary AS primary
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE t.relname <> '_prisma_migrations'
       GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`,
    );
    const key = (table: string, cols: string[], kind: string) => `${table}(${cols.join(',')}) ${kind}`;
    const inDb = indexes.map((i) => key(i.table, i.columns, i.primary ? 'primary' : i.unique ? 'unique' : 'index')).sort();
    const expected = schema.models
      .flatMap((m) => [
        ...m.fields.filter((f) => f.id).map((f) => key(m.table, [f.name], 'primary')),
        ...m.fields.filter((f) => f.unique).map((f) => key(m.table, [f.name], 'unique')),
        ...m.uniques.map((cols) => key(m.table, cols, 'unique')),
        ...m.indexes.map((cols) => key(m.table, cols, 'index')),
      ])
      .sort();
    expect(inDb).toEqual(expected);
  });

  it('has the foreign keys of every relation, with the declared delete behaviour', async () => {
    const fks = await db.raw.query<{ table: string; column: string; target: string; on_delete: string }>(
      `SELECT tc.table_name AS table, kcu.column_name AS column, ccu.table_name AS target, rc.delete_rule AS on_delete
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name
       JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name
       JOIN information_schema.referential_constraints rc ON tc.constraint_name = rc.constraint_name
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    );
    const tableOf = new Map(schema.models.map((m) => [m.name, m.table]));
    const expected = schema.models
      .flatMap((m) => m.relations.map((r) => `${m.table}.${r.fields[0]} → ${tableOf.get(r.target)} ${ON_DELETE[r.onDelete ?? 'NoAction']}`))
      .sort();
    expect(fks.map((f) => `${f.table}.${f.column} → ${f.target} ${f.on_delete}`).sort()).toEqual(expected);
  });
});
