// The edge's settings and keys: live-connection caps from the environment and the open-file
// limit, the key an address is counted under, and the host names the server answers to.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
  DEFAULT_TUNING,
  defaultMaxConnections,
  FALLBACK_MAX_CONNECTIONS,
  loadConfig,
  parseOpenFileLimit,
} from "../../server/config.js";
import { hostNameOf, isLoopbackName } from "../../server/http/host-check.js";
import { addressKey } from "../../server/http/limits.js";

const PROC_LIMITS = `Limit                     Soft Limit           Hard Limit           Units
Max cpu time              unlimited            unlimited            seconds
Max open files            20000                524288               files
Max locked memory         8388608              8388608              bytes
`;

describe("the open-file limit", () => {
  it("is read from /proc/self/limits (the soft limit)", () => {
    expect(parseOpenFileLimit(PROC_LIMITS)).toBe(20_000);
    expect(parseOpenFileLimit("Max open files            unlimited            unlimited            files")).toBe(
      undefined,
    );
    expect(parseOpenFileLimit("")).toBe(undefined);
  });

  it("leaves a quarter, at least 256 and at most half, for everything but live connections", () => {
    expect(defaultMaxConnections(1_048_576)).toBe(786_432);
    expect(defaultMaxConnections(20_000)).toBe(15_000);
    expect(defaultMaxConnections(1_024)).toBe(768);
    expect(defaultMaxConnections(400)).toBe(200);
    expect(defaultMaxConnections(undefined)).toBe(FALLBACK_MAX_CONNECTIONS);
  });
});

describe("connection and request settings", () => {
  it("defaults to caps below the open-file limit and a venue-sized cap per address", () => {
    const config = loadConfig({}, 1_024);
    expect(config.maxConnections).toBe(768);
    expect(config.maxConnectionsPerAddress).toBe(DEFAULT_MAX_CONNECTIONS_PER_ADDRESS);
    expect(config.tuning).toEqual(DEFAULT_TUNING);
  });

  it("takes MAX_CONNECTIONS, MAX_CONNECTIONS_PER_ADDRESS and the address request limit from the environment", () => {
    const config = loadConfig(
      {
        MAX_CONNECTIONS: "50000",
        MAX_CONNECTIONS_PER_ADDRESS: "2000",
        ADDRESS_REQUEST_BURST: "2500",
        ADDRESS_REQUESTS_PER_SECOND: "250",
      },
      65_536,
    );
    expect(config.maxConnections).toBe(50_000);
    expect(config.maxConnectionsPerAddress).toBe(2_000);
    expect(config.tuning.addressRequestBurst).toBe(2_500);
    expect(config.tuning.addressRequestsPerSecond).toBe(250);
  });

  it("refuses to start with MAX_CONNECTIONS the open-file limit cannot hold, and says how to raise it", () => {
    expect(() => loadConfig({ MAX_CONNECTIONS: "20000" }, 20_000)).toThrow(/ulimit -n/);
    expect(() => loadConfig({ MAX_CONNECTIONS_PER_ADDRESS: "0" }, 20_000)).toThrow(/MAX_CONNECTIONS_PER_ADDRESS/);
  });
});

describe("the key an address is counted under", () => {
  it("is an IPv4 address as it is, also when mapped into IPv6", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64, however it is written", () => {
    expect(addressKey("2001:db8:1:2::a")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0DB8:0001:0002:ffff:0:0:c")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});

describe("host names", () => {
  it("are read from the Host header without port, case or trailing dot", () => {
    expect(hostNameOf("Vote.Example.org:443")).toBe("vote.example.org");
    expect(hostNameOf("vote.example.org.")).toBe("vote.example.org");
    expect(hostNameOf("[::1]:3000")).toBe("[::1]");
    expect(hostNameOf(undefined)).toBe(undefined);
    expect(hostNameOf("evil.example/@vote.example.org")).toBe(undefined);
  });

  it("on loopback are always answered", () => {
    for (const name of ["localhost", "app.localhost", "127.0.0.1", "127.1.2.3", "[::1]"]) {
      expect(isLoopbackName(name), name).toBe(true);
    }
    for (const name of ["localhost.example.net", "10.0.0.1", "vote.example.org"]) {
      expect(isLoopbackName(name), name).toBe(false);
    }
  });
});
