import { describe, expect, it } from "vitest";
import {
  DeleteEnvironmentDocument,
  EnvironmentFilesDocument,
  EnvironmentsDocument,
  RunSandboxDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { ANTIGRAVITY, useJobsHarness } from "./support/jobs.ts";

const suite = useJobsHarness();

const outputs = (steps: { __typename: string; output?: string | null }[]) =>
  steps.flatMap((s) => (s.__typename === "CodeExecutionResultStep" ? [s.output ?? ""] : []));

describe("environments", () => {
  it("an antigravity run in the foreground records its sandbox; its files download by signed URL; a second run sees them", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    const other = await userWithKey(suite.h.database.prisma);
    const first = await suite.h.ok(
      RunSandboxDocument,
      { input: { agent: ANTIGRAVITY, text: "plot sales", environment: { remote: true } } },
      owner.headers,
    );
    const envId = first.createInteraction.environmentId;
    expect(envId).toMatch(/^env_/);
    expect(first.createInteraction.status).toBe("COMPLETED");

    const { environment } = await suite.h.ok(EnvironmentFilesDocument, { id: envId as string }, owner.headers);
    const files = environment?.files.edges.map((e) => e.node) ?? [];
    expect(files.map((f) => f.path).sort()).toEqual(["chart.png", "report.md"]);
    expect(environment?.fileCount).toBe(2);
    // No auth header: the signed URL alone carries the grant.
    const report = files.find((f) => f.path === "report.md");
    const res = await fetch(report?.url as string);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("# plot sales");
    const chart = await fetch(files.find((f) => f.path === "chart.png")?.url as string);
    expect(chart.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await chart.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    // A tampered path is refused like a missing file.
    expect((await fetch(String(report?.url).replace("report.md", "chart.png"))).status).toBe(403);

    // Another user: NOT_FOUND-alike (null), no listing, and the list does not show it.
    expect((await suite.h.ok(EnvironmentFilesDocument, { id: envId as string }, other.headers)).environment).toBeNull();
    expect((await suite.h.ok(EnvironmentsDocument, undefined, other.headers)).environments).toEqual([]);
    const del = await suite.h.gql(DeleteEnvironmentDocument, { id: envId as string }, other.headers);
    expect(del.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await suite.h.ok(EnvironmentsDocument, undefined, owner.headers)).environments).toEqual([{ id: envId }]);

    // A path with .. is refused.
    const up = await suite.h.gql(EnvironmentFilesDocument, { id: envId as string, path: "../x" }, owner.headers);
    expect(up.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "path" });

    const second = await suite.h.ok(
      RunSandboxDocument,
      { input: { agent: ANTIGRAVITY, text: "again", environment: { id: envId as string } } },
      owner.headers,
    );
    expect(second.createInteraction.environmentId).toBe(envId);
    // Its `ls /workspace` lists what the first run left.
    expect(outputs(second.createInteraction.steps)[0]).toBe("chart.png\nreport.md\n");

    const gone = await suite.h.ok(DeleteEnvironmentDocument, { id: envId as string }, owner.headers);
    expect(gone.deleteEnvironment.status).toBe("deleted");
    const after = await suite.h.ok(EnvironmentFilesDocument, { id: envId as string }, owner.headers);
    expect(after.environment?.status).toBe("expired");
  });
});
