import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import type { Plugin } from "graphql-yoga";
import { codedError } from "../infra/errors.ts";
import { CSRF_HEADERS } from "./origin.ts";

/**
 * Yoga's CSRF prevention (a body a form could send, or a GET, needs one of CSRF_HEADERS), refusing
 * with a code a client can act on: Yoga's own refusal is a 403 with a message and no `extensions.code`.
 */
export function useCsrfPrevention(): Plugin {
  const yoga = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        return yoga.onRequestParse?.(payload);
      } catch {
        throw codedError(
          "CSRF_HEADER_REQUIRED",
          `A multipart, form, text/plain or GET request needs the header ${CSRF_HEADERS[0]} (any value)`,
        );
      }
    },
  };
}
