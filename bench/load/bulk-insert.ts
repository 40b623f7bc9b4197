/**
 * Inserts many rows in one statement per chunk: the rows travel as one JSON parameter
 * and `json_populate_recordset` turns them into the table's row type. Columns left out
 * take their database defaults. Roughly 20x faster than Prisma's createMany here.
 */
import type { SqlRunner } from '../../lib/server/sql-runner';

const CHUNK = 2000;

/**
 * @example await bulkInsert(db.raw, 'Domain', [{ id, workspaceId, name, updatedAt: now }]);
 */
export async function bulkInsert(raw: SqlRunner, table: string, rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    await raw.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [chunk]);
  }
}
