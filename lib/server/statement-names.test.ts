import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '@/tests/databases';
import { statementNamer } from './statement-names';

describe('statementNamer', () => {
  it('gives one name per SQL text, the same every time', () => {
    const name = statementNamer();
    const first = name({ sql: 'SELECT 1', args: [] });
    expect(first).toMatch(/^ef_[\w-]{32}$/);
    expect(name({ sql: 'SELECT 1', args: [] })).toBe(first);
    expect(name({ sql: 'SELECT 2', args: [] })).not.toBe(first);
    // Another process (another namer) names the same text the same way.
    expect(statementNamer()({ sql: 'SELECT 1', args: [] })).toBe(first);
  });

  it('leaves texts with many parameters, and texts beyond its cap, unnamed (caches stay bounded)', () => {
    const name = statementNamer(2, 3);
    expect(name({ sql: 'SELECT $1,$2,$3,$4', args: [1, 2, 3, 4] })).toBe('');
    const a = name({ sql: 'SELECT 1', args: [] });
    name({ sql: 'SELECT 2', args: [] });
    expect(name({ sql: 'SELECT 3', args: [] })).toBe('');
    expect(name({ sql: 'SELECT 1', args: [] })).toBe(a);
  });
});

describe('prepared statements on a real Postgres', () => {
  it('are kept by the connection that ran a query, so its next run is not planned again', async () => {
    const { db, cleanup } = await openTestDatabase('postgres');
    try {
      await db.prisma.workspace.findMany({ where: { slug: 'nobody' } });
      // Sequential queries reuse the pool's most recently released connection.
      const rows = await db.prisma.$queryRaw<Array<{ name: string; statement: string }>>`SELECT name, statement FROM pg_prepared_statements`;
      expect(rows.some((row) => row.name.startsWith('ef_') && row.statement.includes('"Workspace"'))).toBe(true);
    } finally {
      await cleanup();
    }
  });
});
