import ipaddr from "ipaddr.js";

/**
 * True for a loopback address or name: 127.0.0.0/8, ::1, their IPv4-mapped
 * forms and `localhost`. Brackets of an IPv6 literal are ignored.
 */
export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (!ipaddr.isValid(bare)) return false;
  let ip = ipaddr.parse(bare);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === "loopback";
}

/** The name part of a Host header (`[::1]:4000` → `::1`); null when it does not parse. */
export function hostnameOf(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}
