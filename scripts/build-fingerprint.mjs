// A fingerprint of everything `next build` reads, so `npm start` rebuilds only when it changed.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'public', 'instrumentation.ts', 'next.config.js', 'postcss.config.mjs', 'package.json', 'tsconfig.json', 'prisma/schema.prisma'];
const SKIP = new Set(['node_modules', '.next', 'generated']);

function walk(entry, out) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) if (!SKIP.has(name) && !name.endsWith('.test.ts')) walk(path.join(entry, name), out);
  } else out.push(entry);
}

export function buildFingerprint(root = process.cwd()) {
  const files = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
