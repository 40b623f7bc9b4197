import type { CatalogDocument } from '../catalog-document';
import type { CompatibilityMode } from '../model';
import { bankingFanoutCatalog } from './banking-fanout';
import { ecommerceCatalog } from './ecommerce';
import { filePipelineCatalog } from './file-pipeline';
import { mergeCatalogDocuments } from './merge-catalog-documents';
import { orderSagaCatalog } from './order-saga';
import { videoPlaysCatalog } from './video-plays';

export { bankingFanoutCatalog, ecommerceCatalog, filePipelineCatalog, orderSagaCatalog, videoPlaysCatalog };
export { CatalogMergeConflict, mergeCatalogDocuments, sameContent } from './merge-catalog-documents';
export { findCatalogDocumentProblems, latestSchema, schemaAtPointer } from './check-catalog-document';
export { VIDEO_ANALYTICS_SUBSCRIPTION } from './video-plays';

/** One example system: a catalog document and the flow that tells its story. */
export interface SeedSystem {
  /** The slug of the system's flow. */
  slug: string;
  name: string;
  description: string;
  document: CatalogDocument;
}

/** The five example systems, each a self-contained catalog document. */
export const seedSystems: readonly SeedSystem[] = [
  {
    slug: 'ecommerce-order-flow',
    name: 'E-commerce orders',
    description: 'A choreographed order flow: Order, Inventory, Payment and Notification services on Kafka.',
    document: ecommerceCatalog,
  },
  {
    slug: 'video-plays',
    name: 'Video plays',
    description: 'Playback telemetry with a wildcard (user.*) analytics subscriber.',
    document: videoPlaysCatalog,
  },
  {
    slug: 'file-pipeline',
    name: 'File pipeline',
    description: 'Upload → validate → process, one stage per service.',
    document: filePipelineCatalog,
  },
  {
    slug: 'banking-fanout',
    name: 'Banking fan-out',
    description: 'One transaction event from three producers, fanned out to three consumers.',
    document: bankingFanoutCatalog,
  },
  {
    slug: 'order-saga',
    name: 'Order saga',
    description: 'The order flow with its compensation path (release inventory, cancel order).',
    document: orderSagaCatalog,
  },
];

/**
 * The demo workspace's whole catalog: all five systems merged, each keeping its
 * own flow. Returns a fresh copy, so callers may mutate it.
 *
 * @example
 * const document = demoCatalog();
 * document.flows?.map((f) => f.slug); // ['ecommerce-order-flow', 'video-plays', ...]
 */
export function demoCatalog(): CatalogDocument {
  return mergeCatalogDocuments(seedSystems.map((system) => system.document));
}

/** A workspace to create on first start, with the catalog to apply to it. */
export interface SeedCatalog {
  slug: string;
  name: string;
  description: string;
  defaultCompatibility: CompatibilityMode;
  document: CatalogDocument;
}

/**
 * The workspaces to seed. All example systems live in the one demo workspace,
 * as separate flows, so a newcomer finds every example in one place.
 *
 * @example
 * for (const seed of seedCatalogs) await applyCatalogDocument(seed.slug, seed.document);
 */
export const seedCatalogs: readonly SeedCatalog[] = [
  {
    slug: 'demo',
    name: 'Demo: e-commerce orders',
    description:
      'Example event-driven systems to explore: an e-commerce order flow and its saga, video-play analytics, ' +
      'a file pipeline and a banking fan-out.',
    defaultCompatibility: 'BACKWARD',
    document: demoCatalog(),
  },
];
