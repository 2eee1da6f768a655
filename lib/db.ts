import path from 'node:path';
import { PrismaLibSQL } from '@prisma/adapter-libsql';
import { PrismaClient } from './generated/prisma/client';

/** The embedded SQLite database the seed writes and the app reads, unless DATABASE_URL says otherwise. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(process.cwd(), 'prisma', 'policies.db')}`;
}

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** One client per process (dev hot reload would otherwise open a new one per edit). */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
