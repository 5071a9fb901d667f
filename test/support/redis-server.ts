import { type ChildProcess, spawn } from "node:child_process";

export interface PrivateRedis {
  url: string;
  /** Stops it (an outage); its data goes with it (no persistence). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

/**
 * A Redis of the test's own, as a child process without persistence: the
 * shared one cannot be stopped, this one can (outage tests).
 */
export async function privateRedis(port: number): Promise<PrivateRedis> {
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const c = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = c;
      let out = "";
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 10_000);
      c.stdout?.on("data", (d) => {
        out += String(d);
        if (out.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      c.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${out}`));
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once("exit", () => resolve());
      c.kill("SIGKILL");
    });
  await start();
  return { url: `redis://127.0.0.1:${port}`, stop, start };
}
