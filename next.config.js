/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers and WASM Postgres load their own files at run time: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', '@prisma/adapter-pg', '@asyncapi/parser', 'avsc'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
