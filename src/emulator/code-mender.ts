import { bad } from "./http.ts";
import { isObj } from "./json.ts";
import { digest } from "./media.ts";
import { thoughtStep } from "./model.ts";
import type { Json, JsonObject, WireStep } from "./wire.ts";

/**
 * CodeMender (agent_config type `code-mender`, SDK 2.32 CodeMenderAgentConfig):
 * a FIND session scans the source files it is given (mode `scan`) or checks
 * one finding by running an exploit (`verify`); a FIX session patches a
 * finding and runs the tests. What counts as a finding is deterministic: a
 * line calling one of the sinks below.
 */
const SINKS: [RegExp, string][] = [
  [/\beval\s*\(/, "code injection (eval of untrusted input)"],
  [/\b(?:exec|system|popen)\s*\(/, "command injection"],
  [/\bstrcpy\s*\(|\bgets\s*\(/, "buffer overflow (unbounded copy)"],
  [/\.innerHTML\s*=/, "cross-site scripting (innerHTML)"],
  [/SELECT\b.*["'`]\s*\+/i, "SQL injection (string-built query)"],
];

interface SourceFile {
  path: string;
  content: string;
}

const str = (v: Json | undefined, field: string): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw bad(`agent_config.${field} must be a string.`);
  return v;
};

function sourceFiles(v: Json | undefined, field: string): SourceFile[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw bad(`agent_config.${field} must be an array.`);
  return v.map((f, i) => {
    if (!isObj(f)) throw bad(`agent_config.${field}[${i}] must be an object.`);
    return {
      path: str(f.path, `${field}[${i}].path`) ?? `file_${i}`,
      content: str(f.content, `${field}[${i}].content`) ?? "",
    };
  });
}

/** The checks upstream's types imply, as 400s: one session kind, known modes, a finding to verify or fix. */
export function validateCodeMender(config: JsonObject): void {
  str(config.model, "model");
  str(config.session_id, "session_id");
  const { find_request: find, fix_request: fix, session_config: session } = config;
  if (find != null && fix != null)
    throw bad("agent_config sets both find_request and fix_request; a session is one or the other.");
  if (session != null) {
    const max = isObj(session) ? session.max_rounds : undefined;
    if (!isObj(session) || (max != null && (typeof max !== "number" || !Number.isInteger(max) || max < 1)))
      throw bad("agent_config.session_config.max_rounds must be a positive integer.");
  }
  if (find != null) {
    if (!isObj(find)) throw bad("agent_config.find_request must be an object.");
    const mode = str(find.mode, "find_request.mode") ?? "scan";
    if (mode !== "scan" && mode !== "verify") throw bad('agent_config.find_request.mode must be "scan" or "verify".');
    if (mode === "verify" && !str(find.finding_id, "find_request.finding_id"))
      throw bad("agent_config.find_request.finding_id is required in verify mode.");
    sourceFiles(find.source_files, "find_request.source_files");
  }
  if (fix != null) {
    if (!isObj(fix)) throw bad("agent_config.fix_request must be an object.");
    if (!str(fix.finding_id, "fix_request.finding_id")) throw bad("agent_config.fix_request.finding_id is required.");
    sourceFiles(fix.source_files, "fix_request.source_files");
  }
}

interface Finding {
  id: string;
  path: string;
  line: number;
  kind: string;
}

function scan(files: SourceFile[]): Finding[] {
  return files.flatMap((f) =>
    f.content.split("\n").flatMap((text, i) => {
      const kind = SINKS.find(([re]) => re.test(text))?.[1];
      if (!kind) return [];
      const id = `finding_${digest(`${f.path}:${i + 1}:${text}`)
        .toString("hex")
        .slice(0, 8)}`;
      return [{ id, path: f.path, line: i + 1, kind }];
    }),
  );
}

/** One round: the agent runs a command in its harness and reads the result. */
function round(nextId: () => string, code: string, result: string): WireStep[] {
  const id = nextId();
  return [
    { type: "code_execution_call", id, arguments: { language: "bash", code } },
    { type: "code_execution_result", call_id: id, result },
  ];
}

/** The steps of a CodeMender session, before any `max_rounds` cut (agents.ts applies budgets). */
export function codeMenderSteps(config: JsonObject, prompt: string, nextId: () => string): WireStep[] {
  const find = isObj(config.find_request) ? config.find_request : undefined;
  const fix = isObj(config.fix_request) ? config.fix_request : undefined;
  const session = typeof config.session_id === "string" ? ` (session ${config.session_id})` : "";
  if (fix) {
    const finding = String(fix.finding_id);
    const files = sourceFiles(fix.source_files, "fix_request.source_files");
    const path = files[0]?.path ?? "src/main";
    const patch = `--- a/${path}\n+++ b/${path}\n@@\n-  unsafe(input)\n+  unsafe(sanitize(input))\n`;
    return [
      thoughtStep(`fix:${finding}`, true),
      ...round(nextId, `git apply <<'PATCH'\n${patch}PATCH`, `patched ${path}\n`),
      ...round(nextId, "make test", "all tests passed\n"),
      ...round(nextId, `cm verify ${finding}`, "exploit no longer reproduces\n"),
      { type: "model_output", content: [{ type: "text", text: `Fixed ${finding}${session}. Patch:\n\n${patch}` }] },
    ];
  }
  if (find?.mode === "verify") {
    const finding = String(find.finding_id);
    return [
      thoughtStep(`verify:${finding}`, true),
      ...round(nextId, `python poc_${finding}.py`, "exploit reproduced: crafted input reached the sink\n"),
      { type: "model_output", content: [{ type: "text", text: `${finding} is verified exploitable${session}.` }] },
    ];
  }
  const files = sourceFiles(find?.source_files, "find_request.source_files");
  const findings = scan(files);
  const listed = findings.map((f) => `- ${f.id}: ${f.path}:${f.line} ${f.kind}`).join("\n");
  const text = findings.length
    ? `Found ${findings.length} potential vulnerabilit${findings.length === 1 ? "y" : "ies"}${session}:\n${listed}`
    : `No vulnerabilities found in ${files.length} file(s)${session}.`;
  return [
    thoughtStep(`scan:${String(find?.description ?? prompt)}`, true),
    ...files.flatMap((f) => round(nextId, `cm analyze ${f.path}`, `${scan([f]).length} finding(s)\n`)),
    { type: "model_output", content: [{ type: "text", text }] },
  ];
}
