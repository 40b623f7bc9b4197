import type { Verb } from './verb';
import tokenCreate from './verbs/token-create';
import workspaceCreate from './verbs/workspace-create';
import workspaceList from './verbs/workspace-list';

/**
 * Every CLI verb, in the order `eventflow --help` lists them. A new verb is one file
 * under verbs/ plus one line here.
 */
export const verbs: readonly Verb[] = [workspaceCreate, workspaceList, tokenCreate];
