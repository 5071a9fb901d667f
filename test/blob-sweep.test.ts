import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Files } from "../src/engine/files/index.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media, upload } from "./support/media.ts";

let h: Harness;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "blob-sweep-"));
  h = await startHarness({ env: { FILE_STORAGE: "dir", FILE_STORAGE_DIR: dir, BLOB_SWEEP_INTERVAL_MS: "100" } });
});
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

const db = () => h.database.prisma;
const onDisk = async () => (await readdir(dir, { recursive: true })).filter((p) => /[0-9a-f]{64}$/.test(p));
const filesOf = () => {
  const files = h.app.engine.files;
  if (!files) throw new Error("the app has no files");
  return files;
};
const shaOf = async (id: unknown) => String((await db().file.findUniqueOrThrow({ where: { id: String(id) } })).sha256);
const served = async (url: unknown) => {
  const res = await fetch(String(url));
  return res.ok ? Buffer.from(await res.arrayBuffer()) : res.status;
};

describe("blobs no file refers to", () => {
  it("go with a deleted user's files (row and bytes on disk); a blob another user's file shares stays", async () => {
    const [gone, stays] = [await userWithKey(db()), await userWithKey(db())];
    const own = await upload(h.url, media.png("only the deleted user's"), "own.png", "image/png", gone.headers);
    const sharedBytes = media.png("both users'");
    const shared = await upload(h.url, sharedBytes, "shared.png", "image/png", gone.headers);
    const kept = await upload(h.url, sharedBytes, "kept.png", "image/png", stays.headers);
    const ownSha = await shaOf(own.data?.uploadFile.id);
    const sharedSha = await shaOf(shared.data?.uploadFile.id);
    expect(await onDisk()).toContainEqual(expect.stringContaining(ownSha));

    // No API deletes a user: an operator does, and the database cascades to the user's File rows.
    await db().user.delete({ where: { id: gone.user.id } });
    await expect
      .poll(async () => (await db().blob.findUnique({ where: { sha256: ownSha } })) === null, { timeout: 5_000 })
      .toBe(true);
    expect(await onDisk()).not.toContainEqual(expect.stringContaining(ownSha));
    expect(await db().blob.findUnique({ where: { sha256: sharedSha } })).not.toBeNull();
    expect(await onDisk()).toContainEqual(expect.stringContaining(sharedSha));
    expect(await served(kept.data?.uploadFile.url)).toEqual(sharedBytes);
  });

  it("a blob re-used by an upload while sweeps run (here and on another process) is kept and served", async () => {
    const elsewhere = new Files(db(), filesOf().storage, filesOf().limits);
    for (let round = 0; round < 8; round++) {
      const [first, second] = [await userWithKey(db()), await userWithKey(db())];
      const bytes = media.png(`re-used ${round}`);
      const up = await upload(h.url, bytes, "first.png", "image/png", first.headers);
      const sha = await shaOf(up.data?.uploadFile.id);
      await db().user.delete({ where: { id: first.user.id } });
      // The blob is unused now: the same content uploaded again races this process's and another's sweep.
      const sweeper = round % 2 ? filesOf() : elsewhere;
      const [again] = await Promise.all([
        upload(h.url, bytes, "again.png", "image/png", second.headers),
        sweeper.collectUnused(),
        sweeper.collectUnused(),
      ]);
      expect(again.errors).toBeUndefined();
      await sweeper.collectUnused();
      expect(await db().blob.findUnique({ where: { sha256: sha } })).not.toBeNull();
      expect(await served(again.data?.uploadFile.url)).toEqual(bytes);
    }
  });
});
