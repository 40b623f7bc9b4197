import type { PropertySchemas, SchemaNode } from './schema-node';

type Raw = Record<string, unknown>;

/** Property schemas built when first read (see PropertySchemas). */
export class LazyPropertySchemas implements PropertySchemas {
  private readonly built = new Map<string, SchemaNode>();

  constructor(
    private readonly declared: Raw,
    private readonly builder: { node(raw: unknown): SchemaNode },
  ) {}

  get size(): number {
    return Object.keys(this.declared).length;
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.declared, key);
  }

  get(key: string): SchemaNode | undefined {
    let built = this.built.get(key);
    if (built) return built;
    if (!this.has(key)) return undefined;
    this.built.set(key, (built = this.builder.node(this.declared[key])));
    return built;
  }

  keys(): string[] {
    return Object.keys(this.declared);
  }

  *[Symbol.iterator](): Iterator<[string, SchemaNode]> {
    for (const key of Object.keys(this.declared)) yield [key, this.get(key)!];
  }
}

