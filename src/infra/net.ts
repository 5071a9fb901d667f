import ipaddr from "ipaddr.js";

/**
 * True for a loopback address or name: 127.0.0.0/8, ::1, their IPv4-mapped
 * forms and `localhost`. Brackets of an IPv6 literal are ignored.
 */
export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  return remembered(loopbacks, address, loopback);
}

/** Answers by address string: a request asks about the same few peers and Host names again and again. */
const loopbacks = new Map<string, boolean>();
const hostnames = new Map<string, string | null>();
const REMEMBERED = 512;

function remembered<T>(memo: Map<string, T>, key: string, compute: (key: string) => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  // Client-chosen strings: the memo is bounded by starting over, not grown.
  if (memo.size >= REMEMBERED) memo.clear();
  memo.set(key, value);
  return value;
}

function loopback(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (!ipaddr.isValid(bare)) return false;
  let ip = ipaddr.parse(bare);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === "loopback";
}

/** The name part of a Host header (`[::1]:4000` → `::1`); null when it does not parse. */
export function hostnameOf(host: string): string | null {
  return remembered(hostnames, host, parseHostname);
}

function parseHostname(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}
