/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers and WASM Postgres load their own files at run time: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', '@prisma/adapter-pg', '@asyncapi/parser', 'avsc'],
  poweredByHeader: false,
  // The simulator runs in a browser worker; avsc's Node entry needs `fs`, its own browser build does not.
  turbopack: { resolveAlias: { avsc: { browser: 'avsc/etc/browser/avsc-types.js' } } },
  typedRoutes: false,
};

export default nextConfig;
