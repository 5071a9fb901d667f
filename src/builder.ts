import SchemaBuilder from "@pothos/core";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "./context.ts";
import { canWrite, isAdmin } from "./engine/access/policy.ts";
import { ForbiddenError, UnauthenticatedError } from "./infra/errors.ts";

export type Types = PothosSchemaTypes.ExtendDefaultTypes<Builder>;
type Builder = {
  Context: Context;
  /**
   * Every root field names one: `public` (anyone), `user` (signed in),
   * `write` (signed in with a key that may change things), `admin`.
   */
  AuthScopes: { public: boolean; user: boolean; write: boolean; admin: boolean };
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
    authScopes: (ctx) => ({
      public: true,
      user: ctx.viewer !== null,
      write: canWrite(ctx.viewer),
      admin: isAdmin(ctx.viewer),
    }),
    authorizeOnSubscribe: true,
    // No viewer: the client must sign in (401). A viewer without the scope: not allowed (403).
    unauthorizedError: (_p, ctx) =>
      ctx.viewer
        ? new ForbiddenError("Your API key's role or scopes do not allow this field")
        : new UnauthenticatedError(),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Ids are our database ids: opaque strings, stable, and the same ones REST paths use.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
