import type { Verb } from './verb';
import check from './verbs/check';
import compat from './verbs/compat';
import exportAsyncApi from './verbs/export-asyncapi';
import importAsyncApi from './verbs/import-asyncapi';
import simulate from './verbs/simulate';
import tokenCreate from './verbs/token-create';
import workspaceCreate from './verbs/workspace-create';
import workspaceList from './verbs/workspace-list';

/**
 * Every CLI verb, in the order `eventflow --help` lists them. A new verb is one file
 * under verbs/ plus one line here.
 */
export const verbs: readonly Verb[] = [workspaceCreate, workspaceList, tokenCreate, compat, check, importAsyncApi, exportAsyncApi, simulate];
