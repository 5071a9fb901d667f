import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database of its own for one harness, created from the server's `postgres` database and dropped after. */
export async function tempDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new URL(baseUrl);
  admin.pathname = "/postgres";
  const name = `gig_test_${randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
