import { GraphQLError } from "graphql";
import type { FetchAPI, Plugin } from "graphql-yoga";
import { codedError } from "../infra/errors.ts";

/** Yoga's own default for any body it parses (multipart included); non-multipart bodies meet GRAPHQL_MAX_BODY_BYTES first. */
export const MAX_PARSED_BODY_BYTES = 25_000_000;

const tooLarge = () => codedError("REQUEST_TOO_LARGE", "Request body too large");

/** Yoga's multipart parser names a file over FILE_MAX_BYTES its own way; clients see one code for "too large". */
const oneCode = (err: unknown) =>
  err instanceof GraphQLError && err.extensions.code === "REQUEST_ENTITY_TOO_LARGE"
    ? codedError("REQUEST_TOO_LARGE", err.message)
    : err;

/** Counts the bytes of a body of unknown length as they stream, failing past the limit. */
function counted(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  const body = request.body;
  if (!body) return request;
  // A native stream needs the native TransformStream (graphql-yoga#4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const limited = body.pipeThrough(
    new Transform({
      transform(chunk: Uint8Array, controller: TransformStreamDefaultController<Uint8Array>) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: "half",
  } as RequestInit);
}

/**
 * Yoga's body-size limit (its `maxRequestBodySize`, turned off in its place), without its cost on
 * every request: Yoga pipes every body through a counting stream, which took a tenth of the CPU of
 * a small query. A body with a declared Content-Length needs no count: the length is checked here,
 * and Node's HTTP parser hands on no byte past it. Only a body of unknown length (a chunked
 * upload) is counted as it streams.
 */
export function useBodyLimit(limit = MAX_PARSED_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared !== null) {
        if (!/^\d+$/.test(declared)) throw codedError("BAD_REQUEST", "Content-Length header is invalid.");
        if (Number(declared) > limit) throw tooLarge();
      }
      const multipart = /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");
      if (!requestParser || !request.body || (declared !== null && !multipart)) return;
      setRequestParser(async (req) => {
        try {
          return await requestParser(declared === null ? counted(req, limit, fetchAPI) : req);
        } catch (err) {
          throw multipart ? oneCode(err) : err;
        }
      });
    },
  };
}
