// Standalone emulator: point the official SDK (or GEMINI_BASE_URL) at it.
//   npm run emulator -- --port 8089 --delta-delay 20
import { parseArgs } from "node:util";
import { startEmulator } from "./server.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8089" },
    host: { type: "string", default: "127.0.0.1" },
    "delta-delay": { type: "string", default: "20" },
    "background-step-delay": { type: "string", default: "200" },
  },
});
const emulator = await startEmulator({
  port: Number(values.port),
  host: values.host,
  deltaDelayMs: Number(values["delta-delay"]),
  backgroundStepDelayMs: Number(values["background-step-delay"]),
});
process.stdout.write(
  `Interactions API emulator on ${emulator.url}\n` +
    `  new GoogleGenAI({ apiKey: "any", httpOptions: { baseUrl: "${emulator.url}" } })\n` +
    `  or GEMINI_BASE_URL=${emulator.url} GEMINI_API_KEY=any npm start\n`,
);
const stop = () => void emulator.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
