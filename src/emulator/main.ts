// Standalone emulator: point the official SDK (or GEMINI_BASE_URL) at it.
//   npm run emulator -- --port 8089 --delta-delay 20 --background-step-delay 200
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
const { url, pacing } = emulator;
process.stdout.write(
  `Interactions API emulator on ${url}\n` +
    `  new GoogleGenAI({ apiKey: "any", httpOptions: { baseUrl: "${url}" } })\n` +
    `  or GEMINI_BASE_URL=${url} GEMINI_API_KEY=any npm start\n` +
    `  pacing: ${pacing.deltaDelayMs} ms per delta, ${pacing.backgroundStepDelayMs} ms per background step\n` +
    `  control: POST ${url}/_emulator/faults, GET ${url}/_emulator/stats, GET ${url}/_emulator/requests,\n` +
    `           POST ${url}/_emulator/config, POST ${url}/_emulator/reset (see src/emulator/control.ts)\n` +
    `  per request: header x-emulator-fault: {"status":429} (fields in src/emulator/faults.ts)\n`,
);
const stop = () => void emulator.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
