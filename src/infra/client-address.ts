import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import { hostnameOf, isLoopback } from "./net.ts";

/** Headers a proxy adds to say whom it forwards for: their presence means the socket peer is not the client. */
const FORWARDING = /^(forwarded|x-forwarded-.+|x-real-ip|via)$/;

/** True when the request carries any forwarding header (`Forwarded`, `X-Forwarded-*`, `X-Real-IP`, `Via`). */
export function hasForwardingHeader(headers: IncomingHttpHeaders): boolean {
  for (const name of Object.keys(headers)) if (FORWARDING.test(name)) return true;
  return false;
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Parses an address (`10.0.0.1`, `::1`, with brackets or an IPv4-mapped form) to its plain form; null if it is none. */
function parse(address: string | undefined | null): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!address) return null;
  const bare = address.trim().replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return null;
  const ip = ipaddr.parse(bare);
  return ip instanceof ipaddr.IPv6 && ip.isIPv4MappedAddress() ? ip.toIPv4Address() : ip;
}

/** True when `entry` is an address or CIDR TRUST_PROXY accepts. */
export function isAddressOrCidr(entry: string): boolean {
  return ipaddr.isValid(entry) || ipaddr.isValidCIDR(entry);
}

/** The proxies whose forwarding headers are believed (TRUST_PROXY: addresses and CIDRs). */
export class TrustedProxies {
  private readonly ranges: Range[];
  constructor(entries: readonly string[]) {
    this.ranges = entries.map((e): Range => {
      if (ipaddr.isValidCIDR(e)) return ipaddr.parseCIDR(e);
      const ip = parse(e);
      if (!ip) throw new Error(`TRUST_PROXY: ${e} is not an address or CIDR`);
      return [ip, ip.kind() === "ipv4" ? 32 : 128];
    });
  }

  get any(): boolean {
    return this.ranges.length > 0;
  }

  trusts(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    return this.ranges.some(([net, bits]) =>
      address instanceof ipaddr.IPv4
        ? net instanceof ipaddr.IPv4 && address.match(net, bits)
        : net instanceof ipaddr.IPv6 && address.match(net, bits),
    );
  }
}

/** The addresses a request passed through, nearest first, from X-Forwarded-For, else Forwarded, else X-Real-IP. */
function forwardedChain(headers: IncomingHttpHeaders): string[] {
  const xff = headers["x-forwarded-for"];
  if (xff)
    return String(xff)
      .split(",")
      .map((s) => s.trim())
      .reverse();
  const forwarded = headers.forwarded;
  if (forwarded) {
    const fors = [...forwarded.matchAll(/for=("?)\[?([^\]";,]+)\]?(?::\d+)?\1/gi)].map((m) => m[2] ?? "");
    return fors.reverse();
  }
  const real = headers["x-real-ip"];
  return real ? [String(real)] : [];
}

const memo = new WeakMap<IncomingMessage, string | null>();
const peers = new WeakMap<object, string | null>();

/**
 * The client address of this request: the socket peer, or, when the peer is a
 * trusted proxy (TRUST_PROXY), the nearest address in the forwarding headers
 * that is not itself a trusted proxy. Null when the socket is gone. Every
 * per-address limit and log line asks this one function.
 */
export function clientAddress(req: IncomingMessage, trusted: TrustedProxies): string | null {
  const known = memo.get(req);
  if (known !== undefined) return known;
  // Without trusted proxies the answer is the socket peer's: one parse per connection, not per request.
  if (!trusted.any) {
    const socket = req.socket;
    let peer = peers.get(socket);
    if (peer === undefined) {
      peer = parse(socket.remoteAddress)?.toString() ?? null;
      if (socket.remoteAddress) peers.set(socket, peer);
    }
    memo.set(req, peer);
    return peer;
  }
  let current = parse(req.socket.remoteAddress);
  if (current && trusted.any) {
    for (const hop of forwardedChain(req.headers)) {
      if (!trusted.trusts(current)) break;
      const next = parse(hop);
      // A garbled hop ends the walk at the last address we could read.
      if (!next) break;
      current = next;
    }
  }
  const answer = current ? current.toString() : null;
  memo.set(req, answer);
  return answer;
}

/**
 * The key per-address limits count under: an IPv4 address alone, an IPv6
 * address by its /64 (one host commonly holds a whole /64, so each address
 * counting alone would let one client multiply its share).
 */
export function addressGroup(address: string | null): string {
  const ip = parse(address);
  if (!ip) return "unknown";
  if (ip instanceof ipaddr.IPv4) return ip.toString();
  const parts = ip.parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}

/**
 * A request a person on this machine made straight to the server: a loopback peer, no forwarding
 * header, and a loopback Host (a same-host proxy's client or a DNS-rebound page fails one of these).
 */
export function isLocalRequest(req: IncomingMessage): boolean {
  const host = req.headers.host;
  return (
    isLoopback(req.socket.remoteAddress) && !hasForwardingHeader(req.headers) && !!host && isLoopback(hostnameOf(host))
  );
}
