import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
// The processes of one test file share quota counters; other files and earlier runs on the same Redis (whose
// killed processes never gave their run slots back) do not.
const QUOTA_KEY_PREFIX = `gig-test:${randomBytes(4).toString("hex")}:quota`;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM (graceful) by default; SIGKILL to simulate a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `npm start`'s entry point as a real child process, on a free port; resolves once it prints its URL. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", QUOTA_KEY_PREFIX, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), timeoutMs);
    const check = () => {
      const m = out.match(/GraphiQL: (http:\/\/[^\s]+)\/graphql/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on("data", check);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  return {
    url,
    child,
    output: () => out,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

/** The JSON log records in a process's output (other lines skipped): tests match their fields, not their wording. */
export const logRecords = (output: string): Record<string, unknown>[] =>
  output.split("\n").flatMap((l) => {
    if (!l.startsWith("{")) return [];
    try {
      return [JSON.parse(l) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

/** Whether this process took up an attempt of the job (its attempt records carry the job's id and the attempt's number). */
export const ranAttempt = (server: ServerProcess, jobId: string, attempt?: number) =>
  logRecords(server.output()).some(
    (r) => r.jobId === jobId && typeof r.attempt === "number" && (attempt === undefined || r.attempt === attempt),
  );
