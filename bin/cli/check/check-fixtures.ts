import type { EventCheck, RegistryReview } from './check-result';

/** Fixed registry answers for tests: what `POST …/versions?dryRun=true` returns. */
const matrix = (backward: boolean, forward: boolean): RegistryReview['report']['matrix'] => ({
  NONE: true,
  BACKWARD: backward,
  BACKWARD_TRANSITIVE: backward,
  FORWARD: forward,
  FORWARD_TRANSITIVE: forward,
  FULL: backward && forward,
  FULL_TRANSITIVE: backward && forward,
});

/** Adding a required `total` under BACKWARD: breaking, with a counterexample and two consumers hit. */
export const breakingReview: RegistryReview = {
  mode: 'BACKWARD',
  compatible: false,
  report: {
    compatible: false,
    mode: 'BACKWARD',
    changes: [
      {
        kind: 'REQUIRED_PROPERTY_ADDED',
        path: '/properties/total',
        message: 'Required property `total` was added: data written with the old schema lacks it.',
        breaks: { backward: true, forward: false },
        against: 1,
        breakingUnder: ['BACKWARD', 'BACKWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE'],
        counterexample: {
          direction: 'backward',
          payload: { id: 'a' },
          acceptedBy: 'old',
          rejection: "(root) must have required property 'total'",
          explains: { kind: 'REQUIRED_PROPERTY_ADDED', path: '/properties/total' },
        },
      },
      {
        kind: 'DESCRIPTION_CHANGED',
        path: '',
        message: 'The description changed.',
        breaks: { backward: false, forward: false },
        against: 1,
        breakingUnder: [],
      },
    ],
    matrix: matrix(false, true),
  },
  impact: [
    {
      serviceId: 's1',
      serviceName: 'Billing',
      changes: [{ kind: 'REQUIRED_PROPERTY_ADDED', path: '/properties/total', payloadPath: '/total' }],
      fieldsHit: ['/total'],
      undeclared: false,
    },
    { serviceId: 's2', serviceName: 'Audit <legacy>', changes: [], fieldsHit: [], undeclared: true },
  ],
  staleExamples: [],
};

export const compatibleReview: RegistryReview = {
  mode: 'FULL',
  compatible: true,
  report: {
    compatible: true,
    mode: 'FULL',
    changes: [
      {
        kind: 'OPTIONAL_PROPERTY_ADDED',
        path: '/properties/note',
        message: 'Optional property `note` was added.',
        breaks: { backward: false, forward: false },
        against: 2,
        breakingUnder: [],
      },
    ],
    matrix: matrix(true, true),
  },
  impact: [],
  staleExamples: [],
};

/** One check of each status, in the order a directory listing would give them. */
export const sampleChecks: EventCheck[] = [
  { event: 'OrderPlaced', format: 'json-schema', source: 'schemas/OrderPlaced.schema.json', status: 'breaking', review: breakingReview },
  { event: 'OrderShipped', format: 'json-schema', source: 'schemas/OrderShipped.schema.json', status: 'compatible', review: compatibleReview },
  { event: 'RefundIssued', format: 'avro', source: 'schemas/RefundIssued.avsc', status: 'new' },
  { event: 'Weird|Name', format: 'avro', source: 'schemas/Weird|Name.avsc', status: 'invalid', message: '"Weird|Name" has json-schema versions; an avro version cannot be checked against them & more' },
];
