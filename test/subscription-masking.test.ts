// A subscription's errors are masked once, in the shared execution, not by Yoga's per-stream wrappers
// (which the stream registry's hook leaves out): what a client sees must be the same as before.
import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { maskingEvents, maskUnexpected } from "../src/http/graphql.ts";
import { useSharedExecution } from "../src/http/shared-execution.ts";
import { AppError } from "../src/infra/errors.ts";
import { createLogger } from "../src/infra/logger.ts";
import { useObservability } from "../src/infra/observe-plugin.ts";
import { StreamRegistry, useStreamRegistry } from "../src/ws/streams.ts";

const SECRET = "postgres://admin:hunter2@10.0.0.5/prod";

const schema = createSchema<{ viewer: null; media: { scope: string } }>({
  typeDefs: /* GraphQL */ `
    type Query { ok: Boolean }
    type Event { n: Int! detail: String }
    type Subscription { events(failAfter: Int): Event! refused: Event! }
  `,
  resolvers: {
    Subscription: {
      events: {
        subscribe: async function* (_: unknown, { failAfter }: { failAfter?: number }) {
          for (let n = 1; n <= 3; n++) {
            if (n === failAfter) throw new Error(`stream broke: ${SECRET}`);
            yield { n };
          }
        },
        resolve: (e: { n: number }) => e,
      },
      refused: {
        subscribe: () => {
          throw new AppError("NOT_FOUND", "No such run");
        },
      },
    },
    Event: {
      // Event 2's field fails with an internal error; the others resolve.
      detail: (e: { n: number }) => {
        if (e.n === 2) throw new Error(`query failed on ${SECRET}`);
        return `event ${e.n}`;
      },
    },
  },
});

function server() {
  const lines: string[] = [];
  const logger = createLogger({ level: "error", write: (l) => lines.push(l) });
  const yoga = createYoga({
    schema,
    // The server's order: the shared execution first, the registry (which ends the hook chain) last.
    plugins: [
      useSharedExecution(maskingEvents(logger)),
      useObservability(),
      useStreamRegistry(new StreamRegistry(), new AbortController().signal),
    ],
    maskedErrors: { maskError: maskUnexpected, errorMessage: "Unexpected error." },
    logging: false,
    // What the shared execution keys on (accessKey): here, one anonymous viewer.
    context: { viewer: null, media: { scope: "" } },
  });
  return { yoga, lines };
}

async function sse(yoga: ReturnType<typeof server>["yoga"], query: string): Promise<string> {
  const res = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query }),
  });
  return res.text();
}

interface Payload {
  data?: { events?: { n: number; detail: string | null } };
  errors?: { message: string; extensions?: { code?: string } }[];
}
const payloads = (body: string): Payload[] =>
  body
    .split("\n")
    .filter((l) => l.startsWith("data: ") && l !== "data: ")
    .map((l) => JSON.parse(l.slice(6)));

describe("a subscription's errors, masked once per event", () => {
  it("masks a field's internal error in an event, keeps the rest of it, and logs the original", async () => {
    const { yoga, lines } = server();
    const body = await sse(yoga, "subscription { events { n detail } }");
    expect(body).not.toContain("hunter2");
    const events = payloads(body);
    expect(events.map((e) => e.data?.events?.n)).toEqual([1, 2, 3]);
    expect(events[0]?.errors).toBeUndefined();
    expect(events[1]?.data?.events?.detail).toBeNull();
    expect(events[1]?.errors?.[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(events[2]?.data?.events?.detail).toBe("event 3");
    // The operator still sees what failed (the logger scrubs nothing here: no secrets were configured).
    expect(lines.some((l) => l.includes("query failed on"))).toBe(true);
  });

  it("masks what the stream itself throws, and ends it", async () => {
    const { yoga, lines } = server();
    const body = await sse(yoga, "subscription { events(failAfter: 2) { n } }");
    expect(body).not.toContain("hunter2");
    const events = payloads(body);
    expect(events[0]?.data?.events?.n).toBe(1);
    expect(events.at(-1)?.errors?.[0]?.message).toBe("Unexpected error.");
    expect(lines.some((l) => l.includes("stream broke"))).toBe(true);
  });

  it("passes a typed error of the server's own through as it is", async () => {
    const { yoga } = server();
    const events = payloads(await sse(yoga, "subscription { refused { n } }"));
    expect(events[0]?.errors?.[0]).toMatchObject({ message: "No such run", extensions: { code: "NOT_FOUND" } });
  });
});
