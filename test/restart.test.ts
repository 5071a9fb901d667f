import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { afterAll, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { startEmulator } from "../src/emulator/server.ts";
import { createUpstream } from "../src/gemini/client.ts";
import { loadConfig } from "../src/infra/config.ts";
import { openDatabase } from "../src/infra/db.ts";
import { createLogger } from "../src/infra/logger.ts";
import { CreateInteractionDocument, GetInteractionDocument } from "./generated/graphql.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function boot(dataDir: string, emulatorUrl: string) {
  const database = await openDatabase({ dataDir });
  const app = await createApp({
    config: loadConfig({ PORT: "0" }),
    database,
    upstream: createUpstream({ apiKey: "k", baseUrl: emulatorUrl }),
    logger: createLogger({ level: "silent" }),
  });
  const url = await app.start();
  const gql = async (doc: Parameters<typeof print>[0], variables: unknown) =>
    (await (
      await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: print(doc), variables }),
      })
    ).json()) as {
      data: Record<string, { id: string; outputText: string } | null>;
    };
  return {
    gql,
    stop: async () => {
      await app.stop();
      await database.close();
    },
  };
}

it("keeps interactions in the PGlite data directory across a restart", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "gig-data-"));
  dirs.push(dataDir);
  const emulator = await startEmulator();
  const first = await boot(join(dataDir, "nested"), emulator.url);
  const created = await first.gql(CreateInteractionDocument, {
    input: { model: "gemini-3.5-flash", text: "remember me" },
  });
  const id = created.data.createInteraction?.id;
  await first.stop();

  const second = await boot(join(dataDir, "nested"), emulator.url);
  const again = await second.gql(GetInteractionDocument, { id });
  await second.stop();
  await emulator.close();
  expect(again.data.interaction?.outputText).toBe(created.data.createInteraction?.outputText);
  expect(again.data.interaction?.outputText).toContain("remember me");
});
