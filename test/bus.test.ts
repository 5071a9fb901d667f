import { afterEach, describe, expect, it } from "vitest";
import { createBus } from "../src/infra/pubsub.ts";

describe("the in-process bus", () => {
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);
  process.on("warning", onWarning);
  afterEach(() => process.off("warning", onWarning));

  it("hands one message to every listener of a topic, however many, without a leak warning", async () => {
    const bus = createBus<{ job: [string, { n: number }] }>();
    const got: number[] = [];
    const listening = Array.from({ length: 50 }, () => bus.listen("job", "local", { receive: (m) => got.push(m.n) }));
    bus.publish("job", "local", { n: 1 });
    for (const l of listening) l.stop();
    bus.publish("job", "local", { n: 2 });
    // Warnings are emitted on the next tick.
    await new Promise((r) => setImmediate(r));
    expect(got).toEqual(Array(50).fill(1));
    expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
  });
});
