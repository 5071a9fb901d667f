import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { LimitExceededError } from "../infra/errors.ts";

/**
 * The size assumed for a list of objects that takes no `first`/`last` and declares no default
 * (a turn's `steps`, its `input` parts, a step's citations): lists bounded by what one turn holds.
 */
export const ASSUMED_LIST_SIZE = 3;
/** A Relay connection's page when neither `first` nor `last` is given (context.ts `page`/`listPage`). */
export const CONNECTION_PAGE_SIZE = 20;

type Variables = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  /** Stops the walk early: once the limit is passed, the exact total no longer matters. */
  limit: number;
}

/** A whole number from a literal or a variable; anything else (absent, null, a bad value) is undefined. */
function intOf(value: ValueNode | undefined, variables: Variables): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === "number" && Number.isInteger(v) ? v : undefined;
  }
  return undefined;
}

const isConnection = (t: GraphQLNamedType) =>
  isObjectType(t) && t.name.endsWith("Connection") && "edges" in t.getFields();

/**
 * How many items a list field is asked for: its `first`/`last` (literal or variable), else the
 * schema's default for that argument, else a connection's default page or ASSUMED_LIST_SIZE.
 * A size past the field's maximum is refused by its resolver, so the request never pays for it.
 */
function sizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): number {
  const asked = ["first", "last"].map((name) =>
    intOf(node.arguments?.find((a) => a.name.value === name)?.value, variables),
  );
  const given = asked.filter((n): n is number => n !== undefined);
  if (given.length) return Math.max(0, Math.min(...given));
  const declared = field.args.find((a) => a.name === "first" || a.name === "last")?.defaultValue;
  if (typeof declared === "number") return declared;
  return isConnection(getNamedType(field.type)) ? CONNECTION_PAGE_SIZE : ASSUMED_LIST_SIZE;
}

/**
 * Items one value of `field` stands for: a list of objects multiplies what is selected inside it,
 * a connection its `edges`/`nodes` (`pageSize` carries its page down). Lists of scalars cost one.
 */
function multiplier(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  w: Walk,
  pageSize: number | undefined,
): { times: number; page: number | undefined } {
  const named = getNamedType(field.type);
  if (isConnection(named)) return { times: 1, page: sizeOf(field, node, w.variables) };
  if (!isCompositeType(named) || !isListType(getNullableType(field.type))) return { times: 1, page: undefined };
  // `edges`/`nodes` of a connection: the page asked for at the connection field.
  if (pageSize !== undefined && (field.name === "edges" || field.name === "nodes"))
    return { times: pageSize, page: undefined };
  return { times: sizeOf(field, node, w.variables), page: undefined };
}

/**
 * The estimated number of values a selection produces under `type`: one per field, each list
 * multiplying what it selects by the number of items asked for or assumed. Fragments count as
 * what they select; a fragment cycle (invalid, refused by validation anyway) counts nothing more.
 */
function costOf(
  set: SelectionSetNode,
  type: GraphQLNamedType,
  w: Walk,
  pageSize: number | undefined,
  seen: ReadonlySet<string>,
): number {
  let total = 0;
  for (const s of set.selections) {
    if (total > w.limit) break;
    if (s.kind === Kind.INLINE_FRAGMENT) {
      const on = s.typeCondition ? w.schema.getType(s.typeCondition.name.value) : type;
      total += on ? costOf(s.selectionSet, on, w, pageSize, seen) : 0;
    } else if (s.kind === Kind.FRAGMENT_SPREAD) {
      const def = w.fragments.get(s.name.value);
      const on = def && w.schema.getType(def.typeCondition.name.value);
      if (def && on && !seen.has(def.name.value))
        total += costOf(def.selectionSet, on, w, pageSize, new Set([...seen, def.name.value]));
    } else total += fieldCost(s, type, w, pageSize, seen);
  }
  return total;
}

function fieldCost(
  node: FieldNode,
  parent: GraphQLNamedType,
  w: Walk,
  pageSize: number | undefined,
  seen: ReadonlySet<string>,
): number {
  if (!node.selectionSet) return 1;
  // Objects and interfaces have fields; on a union only __typename (a leaf) may be selected directly.
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (!field) return 1;
  const { times, page } = multiplier(field, node, w, pageSize);
  return times * (1 + costOf(node.selectionSet, getNamedType(field.type), w, page, seen));
}

/** The estimated cost of the operation a request runs (the named one, or the only one). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables,
  operationName: string | null | undefined,
  limit = Number.POSITIVE_INFINITY,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = op && schema.getRootType(op.operation);
  if (!op || !root) return 0;
  return costOf(op.selectionSet, root, { schema, fragments, variables, limit }, undefined, new Set());
}

const tooComplex = (cost: number, max: number) =>
  new LimitExceededError(
    "QUERY_TOO_COMPLEX",
    `This operation would produce about ${cost} values; at most ${max} per request (GRAPHQL_MAX_COST). Ask for fewer items with first/last or select fewer fields`,
    "GRAPHQL_MAX_COST",
    max,
  );

interface Costed {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Variables | null;
  operationName?: string | null;
}

/**
 * A list-aware cost limit, checked once variables are known and before any resolver runs: each
 * list multiplies what it selects by the items asked for (`first`/`last`, a variable's value
 * included) or, when omitted, by the field's default page. On HTTP, SSE and graphql-ws alike.
 */
export function useCostLimit(maxCost: number): Plugin {
  // Yoga's parser cache hands out one document per text: an operation without variables costs the same every time.
  const fixed = new WeakMap<DocumentNode, Map<string, number>>();
  const costOfArgs = (args: Costed) => {
    const variables = args.variableValues ?? {};
    const bare = Object.keys(variables).length === 0;
    const name = args.operationName ?? "";
    const known = bare ? fixed.get(args.document)?.get(name) : undefined;
    if (known !== undefined) return known;
    const cost = estimateCost(args.schema, args.document, variables, args.operationName, maxCost);
    if (!bare) return cost;
    let byName = fixed.get(args.document);
    if (!byName) {
      byName = new Map();
      fixed.set(args.document, byName);
    }
    byName.set(name, cost);
    return cost;
  };
  const check = (args: Costed) => {
    const cost = costOfArgs(args);
    return cost > maxCost ? { errors: [tooComplex(Math.round(cost), maxCost)] } : null;
  };
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const refused = check(args);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe: ({ args, setResultAndStopExecution }) => {
      const refused = check(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
