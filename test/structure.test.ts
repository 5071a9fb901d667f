import { expect, test } from "vitest";
import { measure } from "../scripts/structure.ts";

// The house's figures (issue 23): where code may reach, enforced rather than remembered.
test("the layout keeps its bounds", () => {
  const f = measure();
  expect(f.interactionRowsOutsideEngine, "interaction rows are read and written only in src/engine").toEqual([]);
  expect(f.resolverCrossImports, "resolver modules importing each other").toBeLessThanOrEqual(3);
  expect(f.resolverImportsOutsideGraphql, "nothing outside GraphQL imports src/resolvers").toEqual([]);
  expect(f.emulatorImportsOutside, "the emulator imports nothing of the server (src/gemini, src/engine, …)").toEqual(
    [],
  );
  expect(f.engineTopLevelFiles, "files at the top level of src/engine").toBeLessThanOrEqual(6);
  expect(f.longFunctions, "functions over 80 lines").toEqual([]);
  expect(f.typeAssertions, "type assertions in src (as const excluded)").toBeLessThanOrEqual(80);
  expect(f.testSleeps.length, `fixed sleeps in test/: ${f.testSleeps.join(", ")}`).toBeLessThanOrEqual(5);
});
