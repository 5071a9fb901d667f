import SchemaBuilder from "@pothos/core";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "./context.ts";
import { isAdmin } from "./engine/access.ts";
import { ForbiddenError } from "./infra/errors.ts";

export type Types = PothosSchemaTypes.ExtendDefaultTypes<Builder>;
type Builder = {
  Context: Context;
  /** Every root field names one: `public` (anyone), `user` (signed in), `admin`. */
  AuthScopes: { public: boolean; user: boolean; admin: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    Upload: { Input: globalThis.File; Output: never };
  };
  DefaultFieldNullability: false;
};

export const builder = new SchemaBuilder<Builder>({
  plugins: [ScopeAuthPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ public: true, user: ctx.viewer !== null, admin: isAdmin(ctx.viewer) }),
    authorizeOnSubscribe: true,
    unauthorizedError: () => new ForbiddenError("Sign in with an API key to use this field"),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Ids are our database ids: opaque strings, stable, and the same ones REST paths use.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
