import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

// The CLI does not read .env when a config file exists; default to the embedded database.
process.env.DATABASE_URL ??= `file:${path.join(import.meta.dirname, 'prisma', 'policies.db')}`;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: () => Promise.resolve(new PrismaLibSQL({ url: process.env.DATABASE_URL! })),
});
