/** Where a command writes: results on stdout, notes and errors on stderr. Injectable for tests. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processOutput: Output = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Writes `value` as indented JSON plus a newline: the `--json` form of every result. */
export function writeJson(out: Output, value: unknown): void {
  out.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Left-aligned columns for human output.
 * @example formatTable([['SLUG', 'NAME'], ['demo', 'Demo']]) // 'SLUG  NAME\ndemo  Demo\n'
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd() + '\n').join('');
}
