import { Kind, type ValueNode } from "graphql";
import { builder } from "../builder.ts";
import { ValidationError } from "../infra/errors.ts";

builder.scalarType("DateTime", {
  description: "An ISO 8601 date-time string in UTC",
  serialize: (d) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString()),
  parseValue: (v) => {
    const d = new Date(String(v));
    if (typeof v !== "string" || Number.isNaN(d.getTime()))
      throw new ValidationError("DateTime must be an ISO 8601 string");
    return d;
  },
});

const literal = (node: ValueNode): unknown => {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.LIST:
      return node.values.map(literal);
    default:
      return null;
  }
};

builder.scalarType("JSON", {
  description: "Any JSON value. Upstream payloads keep their snake_case keys.",
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literal,
});
