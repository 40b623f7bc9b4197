import type { CatalogDocument } from '../catalog-document';
import type { RefResolver } from './ref-resolver';
import type { JsonObject } from './types';
export function fromV2(_doc: JsonObject, _file: string, _resolver: RefResolver): CatalogDocument {
  throw new Error('todo');
}
