import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import css from "highlight.js/lib/languages/css";
import diff from "highlight.js/lib/languages/diff";
import go from "highlight.js/lib/languages/go";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

// The core and the languages model answers use most: the whole library would add ~900 KB to the page.
const LANGUAGES = { bash, css, diff, go, javascript, json, python, sql, typescript, xml, yaml };
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * A fenced code block as HTML: highlighted when its info string names a known language (`ts`, `sh`,
 * `html`... through each language's aliases), else as plain escaped text. The markup is escaped text in
 * `<span class="hljs-…">` only, and is sanitized with the rest of the reply anyway. Re-run on every
 * delta while a reply streams: an unclosed fence highlights what has arrived so far.
 */
export function codeBlockHtml(code: string, info: string | undefined): string {
  const lang = (info ?? "").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  const known = lang && /^[\w#+.-]+$/.test(lang) && hljs.getLanguage(lang) ? lang : "";
  const body = known ? hljs.highlight(code, { language: known, ignoreIllegals: true }).value : escapeHtml(code);
  const cls = known ? ` class="hljs language-${known}"` : "";
  return `<pre><code${cls}>${body}\n</code></pre>\n`;
}
