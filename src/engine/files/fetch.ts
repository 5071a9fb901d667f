import { lookup as dnsLookup, type LookupAllOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { FileRejectedError } from "../../infra/errors.ts";

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Private, loopback and link-local addresses are refused unless this is set (tests). */
  allowPrivate: boolean;
}

const MAX_REDIRECTS = 3;

const refused = (message: string) => new FileRejectedError("URL_FETCH_REFUSED", message, "uri");
const failed = (message: string) => new FileRejectedError("URL_FETCH_FAILED", message, "uri");
/**
 * One answer for every way of not reaching a named host (no such name, a
 * name that resolves to a refused address, a refused or reset connection),
 * so a client cannot map which internal names exist.
 */
const unreachable = () => failed("Could not connect to the URL's host");

/** IPv6 on the public internet: global unicast (2000::/3)... */
const V6_GLOBAL = ipaddr.parseCIDR("2000::/3");
/**
 * ...minus its special-purpose blocks (IANA registry): IETF protocol assignments 2001::/23 (Teredo
 * 2001::/32, benchmarking, ORCHID, AMT...), documentation 2001:db8::/32 and 3fff::/20, and 6to4
 * 2002::/16 (its relays reach the IPv4 address inside). Everything outside 2000::/3 is refused by
 * that rule alone: ::/96 IPv4-compatible, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, discard 100::/64,
 * SRv6 5f00::/16, unique-local fc00::/7, site-local fec0::/10, link-local, multicast, loopback.
 */
const V6_SPECIAL = ["2001::/23", "2001:db8::/32", "3fff::/20", "2002::/16"].map((c) => ipaddr.parseCIDR(c));

/** Only addresses on the public internet; an IPv4-mapped IPv6 address (::ffff:0:0/96) is judged as the IPv4 it maps. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.parse(address);
  if (ip instanceof ipaddr.IPv4) return ip.range() === "unicast";
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address().range() === "unicast";
  return ip.match(V6_GLOBAL) && !V6_SPECIAL.some((c) => ip.match(c)) && ip.range() === "unicast";
}

/** The lookup's refusal, as the socket layer expects an error; fetchLimited turns it into URL_FETCH_REFUSED. */
export class AddressRefused extends Error {
  readonly code = "URL_FETCH_REFUSED";
}

/**
 * Resolves like the system does, then refuses when any address is not public.
 * Given to the HTTP client as its `lookup`, so the address checked is the one
 * connected to (a DNS answer cannot change in between).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const all: LookupAllOptions = { ...options, all: true };
    dnsLookup(hostname, all, (err, list) => {
      if (err) return callback(err, "", 0);
      const bad = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (bad) return callback(new AddressRefused(`${hostname} resolves to a non-public address`), "", 0);
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new AddressRefused(`${hostname} resolves to no address`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function get(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { lookup: guardedLookup(limits.allowPrivate), signal, headers: { accept: "*/*" } });
    req.on("response", resolve);
    req.on("error", reject);
  });
}

/** The rules a URL passes before any connection: http(s), and no literal non-public address. */
export function assertFetchable(url: URL, allowPrivate: boolean): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refused("Only http and https URLs are fetched");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host))
    throw refused("The URL names a non-public address");
}

/**
 * Fetches an input the user gave by URL, within limits: http(s) only, public
 * addresses only (checked at connect time, redirects included), a time limit
 * for the whole transfer, and a byte limit that stops reading at the limit.
 */
export async function fetchLimited(raw: string, limits: FetchLimits): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused("The URL is not valid");
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hops = 0; ; hops++) {
      assertFetchable(url, limits.allowPrivate);
      const res = await get(url, limits, signal);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hops >= MAX_REDIRECTS) throw failed("Too many redirects");
        url = new URL(res.headers.location, url);
        continue;
      }
      if (status !== 200) {
        res.resume();
        throw failed(`The URL answered HTTP ${status}`);
      }
      const declared = Number(res.headers["content-length"]);
      if (declared > limits.maxBytes) {
        res.destroy();
        throw new FileRejectedError("FILE_TOO_LARGE", `The file is larger than ${limits.maxBytes} bytes`, "uri");
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res) {
        if (!Buffer.isBuffer(chunk)) continue;
        size += chunk.byteLength;
        if (size > limits.maxBytes) {
          res.destroy();
          throw new FileRejectedError("FILE_TOO_LARGE", `The file is larger than ${limits.maxBytes} bytes`, "uri");
        }
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    }
  } catch (err) {
    if (err instanceof FileRejectedError) throw err;
    if (signal.aborted) throw failed(`Fetching the URL took longer than ${limits.timeoutMs} ms`);
    // DNS errors, the lookup's refusal and socket errors alike: see unreachable.
    throw unreachable();
  }
}
