#!/usr/bin/env node
// Launcher: registers tsx with the repo's tsconfig (for the `@/` alias) and runs the
// TypeScript CLI, from the checkout or from anywhere via an absolute path.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The store and migrations belong to the checkout, not to wherever the command is run.
process.env.EVENTFLOW_MIGRATIONS_DIR ??= path.join(repo, 'prisma', 'migrations');
process.env.EVENTFLOW_DATA_DIR ??= path.join(repo, '.data');

register({ tsconfig: path.join(repo, 'tsconfig.json') });
const { main } = await import(pathToFileURL(path.join(repo, 'bin', 'cli', 'main.ts')).href);
process.exitCode = await main(process.argv.slice(2));
