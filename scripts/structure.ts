/**
 * The house's figures, measured from the code: what the restructuring promised (issue 23) and
 * test/structure.test.ts holds. `npm run structure` prints them; the test fails when one passes its bound.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface Figures {
  /** Relative imports from one resolver module to another. */
  resolverCrossImports: number;
  /** Reads or writes of interaction rows (`.interaction.<op>`) outside src/engine (and the emulator, which has its own store). */
  interactionRowsOutsideEngine: string[];
  /** .ts files at the top level of src/engine. */
  engineTopLevelFiles: number;
  /** Functions and methods longer than 80 lines, as `file:line name (n lines)`. */
  longFunctions: string[];
  /** Type assertions (`as T`, `<T>x`) in src, `as const` excluded. */
  typeAssertions: number;
  /** Modules outside GraphQL (schema, resolvers, context) that import src/resolvers. */
  resolverImportsOutsideGraphql: string[];
  /** Fixed sleeps used to synchronise tests. */
  testSleeps: string[];
  /** Emulator modules importing the server's code (src/*): the fake upstream owns its wire types. */
  emulatorImportsOutside: string[];
}

const root = join(import.meta.dirname, "..");

function files(dir: string, ext = /\.tsx?$/): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") continue;
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
    if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  }
  return "(anonymous)";
}

function scan(path: string, figures: Figures) {
  const text = readFileSync(path, "utf8");
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const rel = relative(root, path);
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const type = node.type;
      const isConst = ts.isTypeReferenceNode(type) && type.typeName.getText(source) === "const";
      if (!isConst) figures.typeAssertions++;
    }
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const lines = line(node.end) - line(node.getStart(source)) + 1;
      if (lines > 80)
        figures.longFunctions.push(`${rel}:${line(node.getStart(source))} ${nameOf(node)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

export function measure(): Figures {
  const figures: Figures = {
    resolverCrossImports: 0,
    interactionRowsOutsideEngine: [],
    engineTopLevelFiles: readdirSync(join(root, "src/engine")).filter((f) => f.endsWith(".ts")).length,
    longFunctions: [],
    typeAssertions: 0,
    resolverImportsOutsideGraphql: [],
    testSleeps: [],
    emulatorImportsOutside: [],
  };
  for (const path of files(join(root, "src"))) {
    const rel = relative(root, path);
    scan(path, figures);
    const text = readFileSync(path, "utf8");
    if (rel.startsWith("src/resolvers/")) {
      figures.resolverCrossImports += text.match(/^import [^;]* from "\.\/[^"]+";/gm)?.length ?? 0;
    }
    const graphql = /^src\/(schema|resolvers)\/|^src\/(context|builder)\.ts$/.test(rel);
    if (!graphql && /from "[^"]*\/resolvers\//.test(text)) figures.resolverImportsOutsideGraphql.push(rel);
    if (rel.startsWith("src/emulator/") && /(from|import)\s*\(?\s*"\.\.\//.test(text))
      figures.emulatorImportsOutside.push(rel);
    if (!rel.startsWith("src/engine/") && !rel.startsWith("src/emulator/")) {
      text.split("\n").forEach((l, i) => {
        if (/\.interaction\.(find|count|update|create|delete|upsert|aggregate|groupBy)/.test(l)) {
          figures.interactionRowsOutsideEngine.push(`${rel}:${i + 1}`);
        }
      });
    }
  }
  for (const path of files(join(root, "test"), /\.ts$/)) {
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((l, i) => {
        if (/setTimeout\(r(es(olve)?)?, *[0-9]{2,}\)|await sleep\([0-9]{2,}\)|delay\([0-9]{2,}\)/.test(l)) {
          figures.testSleeps.push(`${relative(root, path)}:${i + 1}`);
        }
      });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = measure();
  console.log(
    JSON.stringify(
      {
        ...f,
        interactionRowsOutsideEngine: f.interactionRowsOutsideEngine.length,
        longFunctions: f.longFunctions.length,
        resolverImportsOutsideGraphql: f.resolverImportsOutsideGraphql.length,
        emulatorImportsOutside: f.emulatorImportsOutside.length,
        testSleeps: f.testSleeps.length,
      },
      null,
      2,
    ),
  );
  if (process.argv.includes("--list")) console.log(f.longFunctions.join("\n"), "\n", f.testSleeps.join("\n"));
}
