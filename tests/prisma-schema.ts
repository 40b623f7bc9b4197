import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A small reader of our own schema.prisma (models, fields, enums, keys, indexes,
 * relations) for the drift test; it covers the syntax this schema uses, not all of PSL.
 */
export interface PrismaField {
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
  unique: boolean;
  id: boolean;
}

export interface PrismaRelation {
  target: string;
  fields: string[];
  onDelete?: string;
}

export interface PrismaModel {
  name: string;
  table: string;
  fields: PrismaField[];
  relations: PrismaRelation[];
  uniques: string[][];
  indexes: string[][];
}

export interface PrismaSchema {
  models: PrismaModel[];
  enums: Map<string, string[]>;
}

// Index fields may carry arguments (`name(ops: raw("gin_trgm_ops"))`): the column is the name before them.
const list = (text: string) => text.replace(/\([^()]*(\([^()]*\))?[^()]*\)/g, '').split(',').map((s) => s.trim()).filter(Boolean);

export function readPrismaSchema(file = path.resolve(__dirname, '..', 'prisma', 'schema.prisma')): PrismaSchema {
  const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
  const enums = new Map<string, string[]>();
  for (const [, name, body] of text.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) {
    enums.set(name!, body!.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => /@map\("([^"]+)"\)/.exec(l)?.[1] ?? l.split(/\s+/)[0]!));
  }
  const models: PrismaModel[] = [];
  const modelNames = new Set([...text.matchAll(/model\s+(\w+)\s*\{/g)].map((m) => m[1]!));
  for (const [, name, body] of text.matchAll(/model\s+(\w+)\s*\{([\s\S]*?)\n\}/g)) {
    const model: PrismaModel = { name: name!, table: name!, fields: [], relations: [], uniques: [], indexes: [] };
    for (const raw of body!.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (raw.startsWith('@@map')) model.table = /"([^"]+)"/.exec(raw)![1]!;
      else if (raw.startsWith('@@unique')) model.uniques.push(list(/\[([^\]]+)\]/.exec(raw)![1]!));
      else if (raw.startsWith('@@index')) model.indexes.push(list(/\[([^\]]+)\]/.exec(raw)![1]!));
      else if (!raw.startsWith('@@')) {
        const [fieldName, typeText = ''] = raw.split(/\s+/);
        const type = typeText.replace(/[?[\]]/g, '');
        const relationFields = /@relation\([^)]*fields:\s*\[([^\]]+)\]/.exec(raw)?.[1];
        if (modelNames.has(type)) {
          if (relationFields) model.relations.push({ target: type, fields: list(relationFields), onDelete: /onDelete:\s*(\w+)/.exec(raw)?.[1] });
          continue;
        }
        model.fields.push({
          name: fieldName!,
          type,
          optional: typeText.endsWith('?'),
          list: typeText.endsWith('[]'),
          unique: /@unique\b/.test(raw),
          id: /@id\b/.test(raw),
        });
      }
    }
    models.push(model);
  }
  return { models, enums };
}
