// A small, real filesystem (tmpfs) that a test can fill to the last byte, for a server
// process that runs on it. The tmpfs is mounted in a mount namespace of its own (unshare),
// so the test needs no root where user namespaces are allowed, and the mount vanishes with
// the namespace. The server joins the namespace through nsenter; the test reaches the files
// through /proc/<holder>/root, the namespace's view of the file tree.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { ChildServerPlace } from "./child-server.js";

const MOUNT_TIMEOUT_MS = 10_000;
const FILL_CHUNK_BYTES = 64 * 1024;

export type SmallDisk = {
  /** The mount point, as the server sees it. */
  dir: string;
  /** Where the test reads and writes `name` on the small disk. */
  pathOf(name: string): string;
  /** Writes a filler file until the disk refuses (ENOSPC); returns the bytes written. */
  fill(): number;
  /** Removes the filler: the disk has room again. */
  free(): void;
  /** For `useChildServer({ place })`: the server runs inside the namespace, its database on the small disk. */
  place(): ChildServerPlace;
  /** Ends the namespace (and with it the mount); servers must be stopped first. */
  close(): Promise<void>;
};

/** unshare flags that worked here: a user + mount namespace, or (as root) a mount namespace alone. */
type Isolation = { unshare: string[]; nsenter: string[] };

const ISOLATIONS: readonly Isolation[] = [
  { unshare: ["-r", "-m"], nsenter: ["-U", "-m", "--preserve-credentials"] },
  { unshare: ["-m"], nsenter: ["-m"] },
];

const mountScript = (then: string) => `mount -t tmpfs -o size="$1" tmpfs "$2" && ${then}`;

type Probe = { isolation: Isolation } | { reason: string };
let probed: Probe | undefined;

function probe(): Probe {
  probed ??= findIsolation();
  return probed;
}

/** Which way to get a private tmpfs works on this machine, or why none does. */
function findIsolation(): Probe {
  const nsenter = spawnSync("nsenter", ["--version"], { encoding: "utf8" });
  if (nsenter.error) return { reason: "nsenter (util-linux) is not installed" };
  const reasons: string[] = [];
  for (const isolation of ISOLATIONS) {
    const dir = mkdtempSync(join(tmpdir(), "handzeichen-probe-"));
    try {
      const tried = spawnSync("unshare", [...isolation.unshare, "sh", "-c", mountScript("true"), "sh", "64k", dir], {
        encoding: "utf8",
        timeout: MOUNT_TIMEOUT_MS,
      });
      if (tried.status === 0) return { isolation };
      reasons.push(`unshare ${isolation.unshare.join(" ")}: ${(tried.error?.message ?? tried.stderr).trim()}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { reason: `cannot mount a private tmpfs here (${reasons.join("; ")})` };
}

/** Null when a small disk can be mounted here, else why not (for a skipped test's title). */
export function smallDiskUnavailable(): string | null {
  const found = probe();
  return "reason" in found ? found.reason : null;
}

export async function mountSmallDisk(sizeBytes: number): Promise<SmallDisk> {
  const found = probe();
  if ("reason" in found) throw new Error(found.reason);
  const { isolation } = found;
  const dir = mkdtempSync(join(tmpdir(), "handzeichen-small-disk-"));
  // The holder keeps the namespace alive until its stdin closes (close(), or the test dying).
  const holder: ChildProcess = spawn(
    "unshare",
    [
      ...isolation.unshare,
      "sh",
      "-c",
      mountScript("echo mounted && exec cat >/dev/null"),
      "sh",
      String(sizeBytes),
      dir,
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((done) => holder.once("exit", () => done()));
  await new Promise<void>((ready, reject) => {
    let errors = "";
    const timer = setTimeout(() => reject(new Error("the small disk was not mounted in time")), MOUNT_TIMEOUT_MS);
    holder.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    holder.stdout?.once("data", () => {
      clearTimeout(timer);
      ready();
    });
    holder.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`mounting the small disk failed (exit ${code}): ${errors}`));
    });
  });
  const pid = holder.pid as number;
  const pathOf = (name: string) => `/proc/${pid}/root${join(dir, name)}`;
  const filler = pathOf("filler");

  return {
    dir,
    pathOf,
    fill() {
      const fd = openSync(filler, "a");
      const chunk = Buffer.alloc(FILL_CHUNK_BYTES, 0xee);
      let written = 0;
      try {
        for (;;) written += writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      } finally {
        closeSync(fd);
      }
      return written;
    },
    free: () => unlinkSync(filler),
    place: () => ({
      databasePath: join(dir, "handzeichen.db"),
      launcher: [
        "nsenter",
        "-t",
        String(pid),
        ...isolation.nsenter,
        // The server's working directory, as spawnServer gives it outside the namespace.
        `--wd=${process.cwd()}`,
      ],
    }),
    async close() {
      holder.stdin?.end();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A small disk for the tests of the calling describe block: mounted before its first test,
 * unmounted after its last. Call it before `useChildServer({ place: () => disk.place() })`,
 * so that the disk is there before the server starts and is gone only after it stopped.
 */
export function useSmallDisk(sizeBytes: number): Omit<SmallDisk, "close"> {
  let mounted: SmallDisk | undefined;
  const current = (): SmallDisk => {
    if (!mounted) throw new Error("the small disk is not mounted: use it inside its describe block");
    return mounted;
  };
  beforeAll(async () => {
    mounted = await mountSmallDisk(sizeBytes);
  });
  afterAll(async () => {
    const disk = mounted;
    mounted = undefined;
    await disk?.close();
  });
  return {
    get dir() {
      return current().dir;
    },
    pathOf: (name) => current().pathOf(name),
    fill: () => current().fill(),
    free: () => current().free(),
    place: () => current().place(),
  };
}
